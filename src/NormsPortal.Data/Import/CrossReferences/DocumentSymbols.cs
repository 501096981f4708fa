using System.Text.RegularExpressions;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// UN document symbols written out in a text (<c>A/70/174</c>, <c>A/C.1/73/L.27/Rev.1</c>,
/// <c>A/75/6 (Sect. 3)/Add.1</c>, <c>S/RES/1373 (2001)</c>): the same in every language.
/// A symbol is capital letters, then one or more slash-separated parts, at least one digit somewhere,
/// so "HIV/AIDS", "and/or" and "km/h" are not symbols. A joint symbol (<c>A/73/123-S/2018/456</c>)
/// is read as two symbols, one reference each: each half is a document in its own series.
/// </summary>
internal static partial class DocumentSymbols
{
    // Each part starts with a capital or a digit ("Rev.1", "C.1", "73"); dotted pieces stay inside a part
    // so a full stop ending the sentence is left out; special sessions ("ES-10") and budget sections
    // ("(Sect. 3)") are parts too.
    // A stray space around the slash before a suffix ("A/69/53/Add.1 /Corr.1") is a typing slip inside one symbol.
    private const string Body =
        @"[A-Z]{1,8}(?:(?:\u0020?/\u0020?(?=(?:Add|Corr|Rev|Amend)\.)|/)(?:(?:ES|S)[-\u2011])?[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:[\u0020\u00A0]?\((?:[Ss]ect\.|[Pp]art|[Vv]ol\.)[\u0020\u00A0]?[0-9IVX]+\))?)+";

    // What may follow a resolution or decision symbol: a year (Security Council), a Roman session
    // (early General Assembly, "217 A (III)") or a part letter; Symbol() checks that it suits the symbol before it.
    private const string Tail =
        @"(?<tail>[\u0020\u00A0]?\((?<year>(?:19|20)\d{2})\)|(?:[\u0020\u00A0][A-Z])?[\u0020\u00A0]?\((?<roman>(?:E?S-)?[IVXLC]{1,7})\)|[\u0020\u00A0](?<part>[A-Z])(?![\p{L}\p{N}/-]))?";

    /// <summary>Finds the symbols written in <paramref name="text"/>, each with its normalised form.</summary>
    public static IEnumerable<(int Start, int Length, string Symbol)> Find(string text)
    {
        foreach (Match match in Mention().Matches(text))
        {
            var written = match.Groups["symbol"];
            if (!written.ValueSpan.ContainsAnyInRange('0', '9') || RomanNumbered().IsMatch(written.ValueSpan))
            {
                continue;
            }

            var tail = match.Groups["tail"];
            var keepsTail = tail.Success && SuitsTail(written.Value, match);
            var length = keepsTail ? match.Length : written.Length;
            yield return (match.Index, length, Normalise(text.Substring(match.Index, length)));
        }
    }

    /// <summary>Whether <paramref name="symbol"/> is a whole, normalised symbol (used to vet hyperlink targets).</summary>
    public static bool IsWellFormed(string symbol)
    {
        var match = Whole().Match(symbol);
        return match.Success
            && symbol.AsSpan().ContainsAnyInRange('0', '9')
            && (!match.Groups["tail"].Success || SuitsTail(match.Groups["symbol"].Value, match))
            && UnSymbol.Normalise(symbol) == symbol;
    }

    /// <summary>
    /// The portal's normal form of a written symbol: <see cref="UnSymbol.Normalise"/>, with the non-breaking
    /// hyphen of "ES‑10" made plain and budget sections, parts and volumes spelled one way ("(Sect. 3)", "(Part II)").
    /// </summary>
    public static string Normalise(string written)
    {
        var plain = written.Replace('\u2011', '-').Replace('\u00A0', ' ');
        plain = Division().Replace(plain, m =>
        {
            var name = m.Groups["name"].Value.ToLowerInvariant() switch
            {
                "sect" => "Sect.",
                "vol" => "Vol.",
                _ => "Part",
            };
            return $" ({name} {m.Groups["value"].Value.ToUpperInvariant()})";
        });
        return UnSymbol.Normalise(plain);
    }

    private static bool SuitsTail(string symbol, Match match)
    {
        if (match.Groups["year"].Success)
        {
            return SecurityCouncilResolution().IsMatch(symbol);
        }

        return match.Groups["roman"].Success
            ? RomanSessionResolution().IsMatch(symbol)
            : PartedResolution().IsMatch(symbol);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.\\])(?<symbol>" + Body + ")" + Tail, RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex("^(?<symbol>" + Body + ")" + Tail + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    // "decision X/2", "XIII/11": the Conference of the Parties numbers its decisions by a Roman session; no symbol.
    [GeneratedRegex(@"^[IVX]+/\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumbered();

    [GeneratedRegex(@"\s?\((?<name>sect|part|vol)\.?\s?(?<value>[0-9ivx]+)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Division();

    [GeneratedRegex(@"^S/RES/\d{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecurityCouncilResolution();

    [GeneratedRegex(@"^[AE]/RES/\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanSessionResolution();

    [GeneratedRegex(@"^A/(?:HRC/)?(?:RES|DEC)/(?:E?S-)?\d{1,3}/\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartedResolution();
}
