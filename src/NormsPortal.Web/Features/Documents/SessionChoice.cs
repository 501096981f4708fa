using System.Globalization;

namespace NormsPortal.Web.Features.Documents;

/// <summary>
/// A numbered session of an organ, as a document list is filtered by it. The General Assembly and the
/// Human Rights Council both number their sessions from 1 (the Council's 26th session met in the
/// Assembly's 68th year), so a number alone mixes them: the value names the organ, <c>ga-75</c> or
/// <c>hrc-47</c>. A bare number, as addresses had it before, is the General Assembly's session. A work's
/// session is the Council's when the Council is its body, the Assembly's otherwise (its resolutions,
/// decisions, and the reports it receives, such as those of the Groups of Governmental Experts).
/// </summary>
public sealed record SessionChoice(bool OfTheCouncil, int Number)
{
    public const string GeneralAssembly = "General Assembly";

    public const string HumanRightsCouncil = "Human Rights Council";

    private const string AssemblyPrefix = "ga-";

    private const string CouncilPrefix = "hrc-";

    /// <summary>The value in an address: <c>ga-75</c>, <c>hrc-47</c>.</summary>
    public string Value => (OfTheCouncil ? CouncilPrefix : AssemblyPrefix) + Number.ToString(CultureInfo.InvariantCulture);

    public string Organ => OfTheCouncil ? HumanRightsCouncil : GeneralAssembly;

    /// <summary>"General Assembly — 75th session".</summary>
    public string Label => $"{Organ} — {Ordinal(Number)} session";

    /// <summary>What a bad value is told.</summary>
    public static string UnknownMessage(string written) =>
        $"session must be a session such as ga-75 (General Assembly) or hrc-47 (Human Rights Council), not '{written}'.";

    /// <summary>The session of a work held by <paramref name="body"/> with session number <paramref name="number"/>.</summary>
    public static SessionChoice Of(string? body, int number) => new(body == HumanRightsCouncil, number);

    public static bool TryParse(string? text, out SessionChoice? session)
    {
        session = null;
        var value = text?.Trim() ?? "";
        var ofTheCouncil = value.StartsWith(CouncilPrefix, StringComparison.OrdinalIgnoreCase);
        var number = ofTheCouncil ? value[CouncilPrefix.Length..]
            : value.StartsWith(AssemblyPrefix, StringComparison.OrdinalIgnoreCase) ? value[AssemblyPrefix.Length..]
            : value;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
        {
            return false;
        }

        session = new SessionChoice(ofTheCouncil, parsed);
        return true;
    }

    private static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
