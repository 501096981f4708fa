using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// The printed numbers of resolutions and decisions, the same in every language, and the symbols they
/// stand for. The shape of a number already says a lot: <c>70/237</c> (session/number: General Assembly,
/// Human Rights Council), <c>2004/26</c> (year/number: Economic and Social Council),
/// <c>2625 (XXV)</c> (number and Roman session: the General Assembly before 1976),
/// <c>1373 (2001)</c> (number and year: Security Council). The words around the number say whose it is.
/// </summary>
internal static partial class DocumentNumbers
{
    private const int FirstYear = 1946;

    /// <summary>
    /// A number after a noun ("resolution") or a list separator, with its leading white space (lists
    /// sometimes lack it: "2014,30/4"): <c>\G</c> anchors it where the caller asks, so it never starts
    /// inside another word or symbol.
    /// </summary>
    [GeneratedRegex(
        """
        \G\s*(?<number>
          (?<old>(?<oldNumber>\d{1,4})(?:[\u0020\u00A0][A-Z])?[\u0020\u00A0]?\((?<roman>(?:E?S-)?[IVXLC]{1,7})\))
        | (?<council>(?<councilNumber>\d{1,5})[\u0020\u00A0]?\((?<councilYear>(?:19|20)\d{2})\))
        | (?<yearly>(?<year>(?:19|20)\d{2})/(?<yearlyNumber>\d{1,4}))(?![\d/])
        | (?<sessional>(?:(?<special>E?S)[-\u2011])?(?<session>\d{1,3})/(?<sessionNumber>\d{1,4}))(?![\d/])
          (?:[\u0020\u00A0]?(?<part>[A-Z])(?![\p{L}\p{N}/-]))?
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    public static partial Regex NumberAt();

    /// <summary>Further part letters after a parted number: the "and B" of "53/243 A and B".</summary>
    [GeneratedRegex(@"\G(?:,\s*|\s+(?:and|et|y)\s+)(?<part>[A-Z])(?![\p{L}\p{N}/-])", RegexOptions.CultureInvariant)]
    public static partial Regex MorePartsAt();

    /// <summary>
    /// The symbol of a numbered resolution or decision, or null when the number cannot be one of
    /// <paramref name="named"/>'s (a Human Rights Council resolution is never numbered 1373 (2001)) or
    /// the body has no symbols the extractor can build.
    /// </summary>
    /// <param name="number">A match of <see cref="NumberAt"/>.</param>
    /// <param name="named">The body the words name; null when they name none ("its resolution", "resolution").</param>
    /// <param name="unnamed">
    /// Whose a number is when the words name no body: the body that issued the citing document ("its
    /// resolution"), or the one the dates of the list point to (see <see cref="BodyByDate"/>).
    /// </param>
    /// <param name="category">Resolution or decision.</param>
    public static string? Symbol(Match number, Issuer? named, Issuer unnamed, DocumentCategory category)
    {
        var isDecision = category == DocumentCategory.Decision;
        var kindSegment = isDecision ? "DEC/" : "RES/";

        if (number.Groups["council"].Success)
        {
            // Only the Security Council numbers its resolutions "1373 (2001)", so the shape decides unless
            // the words name another body.
            var councilYear = Value(number, "councilYear");
            return !isDecision && councilYear >= FirstYear && named is null or Issuer.SecurityCouncil or Issuer.SomeCouncil
                ? $"S/RES/{Value(number, "councilNumber")} ({councilYear})"
                : null;
        }

        var issuer = named ?? unnamed;
        if (number.Groups["yearly"].Success)
        {
            var yearOfNumber = Value(number, "year");
            return yearOfNumber >= FirstYear && Value(number, "yearlyNumber") > 0 && issuer is Issuer.EconomicAndSocialCouncil or Issuer.SomeCouncil
                ? $"E/{kindSegment}{yearOfNumber}/{Value(number, "yearlyNumber")}"
                : null;
        }

        if (number.Groups["old"].Success)
        {
            // The document system files "217 A (III)" under A/RES/217 (III): the part is not in the symbol.
            var roman = number.Groups["roman"].Value;
            return (isDecision, issuer) switch
            {
                (false, Issuer.GeneralAssembly) => $"A/RES/{Value(number, "oldNumber")} ({roman})",
                (false, Issuer.EconomicAndSocialCouncil or Issuer.SomeCouncil) => $"E/RES/{Value(number, "oldNumber")} ({roman})",
                _ => null,
            };
        }

        var session = Value(number, "session");
        var sequence = Value(number, "sessionNumber");
        if (session == 0 || sequence == 0)
        {
            return null;
        }

        var special = number.Groups["special"].Success ? number.Groups["special"].Value + "-" : "";
        var partLetter = number.Groups["part"].Success ? " " + number.Groups["part"].Value : "";
        var prefix = issuer switch
        {
            Issuer.GeneralAssembly => "A/",
            Issuer.HumanRightsCouncil or Issuer.SomeCouncil => "A/HRC/",
            _ => null,
        };
        return prefix is null ? null : $"{prefix}{kindSegment}{special}{session}/{sequence}{partLetter}";
    }

    /// <summary>
    /// Whose "resolution 42/9 of 26 September 2019" is, when no body is named: the General Assembly's
    /// 42nd session met in 1987–1988, the Human Rights Council's 42nd in 2019 (it meets three times a year
    /// since 2006). <see cref="Issuer.Other"/> when the date fits neither (the Environment Assembly's
    /// "resolution 5/14 of 2 March 2022"); null when the number is not session/number.
    /// </summary>
    public static Issuer? BodyByDate(Match number, int year)
    {
        const int GeneralAssemblyFirstYear = 1945;
        const int CouncilFirstYear = 2006;
        const int CouncilSessionsPerYear = 3;
        if (!number.Groups["sessional"].Success || number.Groups["special"].Success)
        {
            return null;
        }

        var session = Value(number, "session");
        if (year == GeneralAssemblyFirstYear + session || year == GeneralAssemblyFirstYear + session + 1)
        {
            return Issuer.GeneralAssembly;
        }

        var councilYear = CouncilFirstYear + ((session - 1) / CouncilSessionsPerYear);
        return Math.Abs(year - councilYear) <= 1 ? Issuer.HumanRightsCouncil : Issuer.Other;
    }

    private static int Value(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
