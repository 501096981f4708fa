using System.Text.RegularExpressions;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Search.Query;

/// <summary>
/// Recognises tokens that name a norm (<c>1.6</c>) or a document (<c>A/RES/73/27</c>, <c>A/70/174</c>,
/// <c>70/237</c>, <c>A/C.1/73/L.27/Rev.1</c>, <c>A/RES/43/78 H</c>) and puts them in one form.
/// </summary>
internal static partial class LookupPatterns
{
    /// <summary>The lookup a token stands for, or null when it is not a norm number or a symbol.</summary>
    public static string? Recognise(string token)
    {
        if (token.Length > 60)
        {
            return null;
        }
        if (NormNumber().IsMatch(token))
        {
            return token;
        }
        return Symbol(token);
    }

    /// <summary>A norm number as used by <c>norm:</c>, or null.</summary>
    public static string? NormNumberOrNull(string value) => NormNumber().IsMatch(value) ? value : null;

    /// <summary>A symbol (full or short form such as <c>73/27</c>) in its normal form, or null.</summary>
    public static string? Symbol(string token)
    {
        if (token.Length > 60)
        {
            return null;
        }
        // Recognised in the form every feature looks symbols up in, so "a / res / 73 / 27" is a symbol too.
        var normal = SymbolLookup.NormalForm(token);
        var upper = normal.ToUpperInvariant();
        return ShortSymbol().IsMatch(upper) || (FullSymbol().IsMatch(upper) && upper.Any(char.IsAsciiDigit)) ? normal : null;
    }

    // 73/27's norms are 1.1 to 1.13; other documents number paragraphs the same way.
    [GeneratedRegex(@"^[0-9]{1,2}\.[0-9]{1,2}$")]
    private static partial Regex NormNumber();

    // 70/237, 43/78 H, 43/78H: a resolution by session and number.
    [GeneratedRegex(@"^[0-9]{1,3}/[0-9]{1,4}(?: ?[A-Z])?$")]
    private static partial Regex ShortSymbol();

    // A/70/174, A/RES/73/27, A/C.1/73/L.27/Rev.1, A/HRC/RES/20/8, S/RES/2341, A/RES/43/78 H.
    [GeneratedRegex(@"^[A-Z]{1,10}(?:\.[0-9]{1,2})?(?:/[A-Z0-9][A-Z0-9.\-]{0,15}){1,8}(?: [A-Z])?$")]
    private static partial Regex FullSymbol();
}
