using System.Text.RegularExpressions;

namespace NormsPortal.Data.Symbols;

/// <summary>
/// UN document symbols in one normal form, so that every mention of a document finds the same
/// work: single spaces, no spaces around slashes, a part letter separated by one space
/// (<c>A/RES/43/78 H</c>), and the usual casing of suffixes (<c>Rev.1</c>, <c>Corr.1</c>, <c>Add.1</c>).
/// </summary>
public static partial class UnSymbol
{
    /// <summary>Puts a symbol as written into the portal's normal form.</summary>
    public static string Normalise(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var text = Whitespace().Replace(symbol.Trim(), " ");
        text = SpaceAroundSlash().Replace(text, "/");
        text = SuffixCasing().Replace(text, m =>
            char.ToUpperInvariant(m.Groups[1].Value[0]) + m.Groups[1].Value[1..].ToLowerInvariant() + ".");
        text = GluedPartLetter().Replace(text, "$1 $2");
        return text;
    }

    /// <summary>The symbol from a file name such as <c>A_C.1_73_L.27_Rev.1.txt</c> or <c>A_RES_74_28.xml</c>.</summary>
    public static string FromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return Normalise(stem.Replace('_', '/'));
    }

    /// <summary>The address of the official copy on the UN's document system.</summary>
    public static Uri OfficialUrl(string symbol) =>
        new("https://undocs.org/" + Uri.EscapeDataString(Normalise(symbol)).Replace("%2F", "/", StringComparison.Ordinal));

    /// <summary>The General Assembly session a symbol such as <c>A/RES/73/27</c> or <c>A/70/174</c> belongs to.</summary>
    public static int? Session(string symbol)
    {
        var match = SessionPattern().Match(Normalise(symbol));
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A short form for headings: <c>73/27</c> for <c>A/RES/73/27</c>, the symbol itself otherwise.</summary>
    public static string ShortForm(string symbol)
    {
        var normal = Normalise(symbol);
        const string resolutionPrefix = "A/RES/";
        return normal.StartsWith(resolutionPrefix, StringComparison.Ordinal) ? normal[resolutionPrefix.Length..] : normal;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*/\s*")]
    private static partial Regex SpaceAroundSlash();

    [GeneratedRegex(@"(?<=/)(rev|corr|add|amend)\.", RegexOptions.IgnoreCase)]
    private static partial Regex SuffixCasing();

    // "43/78H" → "43/78 H": a single capital letter glued to the number is the part of a resolution.
    [GeneratedRegex(@"(/\d+)([A-Z])$")]
    private static partial Regex GluedPartLetter();

    [GeneratedRegex(@"^A/(?:RES/|C\.\d/|DEC/)?(?:ES-|S-)?(\d{1,3})/")]
    private static partial Regex SessionPattern();
}
