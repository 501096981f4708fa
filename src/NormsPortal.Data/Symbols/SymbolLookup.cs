using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Configurations;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Symbols;

/// <summary>A held work found by <see cref="SymbolLookup.FindAsync"/>: its id for the feature's own query, and its symbol.</summary>
public sealed record HeldWork(int Id, string Symbol);

/// <summary>
/// The one way every feature finds a work from a symbol as a reader typed it: in any case, with stray or
/// missing spaces (<c> a / res / 73 / 27 </c>, <c>43/78H</c>), with its slashes still encoded
/// (<c>A%2FRES%2F73%2F27</c>) or not. The pages, the documents and citation APIs, compare, search and the
/// not-found page all use it, so a symbol that finds a work in one place finds it in every other.
/// </summary>
public static class SymbolLookup
{
    /// <summary>
    /// The normal forms (<see cref="UnSymbol.Normalise"/>) <paramref name="typed"/> may stand for, the one closest to
    /// what was typed first: the symbol as written, then in capitals. UN symbols are capitals apart from suffixes such
    /// as <c>Rev.1</c>, whose casing normalising restores, so the second form finds a symbol typed in lower case.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var decoded = Decoded(typed);
        var asWritten = UnSymbol.Normalise(decoded);
        var inCapitals = UnSymbol.Normalise(decoded.ToUpperInvariant());
        return asWritten == inCapitals ? [inCapitals] : [asWritten, inCapitals];
    }

    /// <summary>
    /// Why <paramref name="typed"/> cannot be a UN symbol, in words for its reader, or null when it may be one: longer
    /// than a symbol is stored, or holding a control, invisible or unassigned character (<c>%01</c>, a zero-width space),
    /// which no symbol has. A request with such a "symbol" is malformed rather than asking for a work not held.
    /// </summary>
    public static string? WhyNotASymbol(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var decoded = Decoded(typed);
        if (decoded.Length > Lengths.Symbol)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A UN symbol has at most {Lengths.Symbol} characters; this one has {decoded.Length}.");
        }

        foreach (var rune in decoded.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return string.Create(CultureInfo.InvariantCulture, $"A UN symbol has no control or invisible characters; this one holds U+{rune.Value:X4}.");
            }
        }

        return null;
    }

    /// <summary>
    /// The normal form of <paramref name="typed"/> in capitals, as UN symbols are written: the form to compare with
    /// the beginnings of held symbols (suggestions) or to offer as a lookup (search) when no work is fetched yet.
    /// </summary>
    public static string NormalForm(string typed) => Candidates(typed)[^1];

    /// <summary>
    /// The work among <paramref name="works"/> that <paramref name="typed"/> names, or null: the one whose symbol is
    /// written exactly as typed when the candidates differ only in case, else the capitalised one.
    /// </summary>
    public static async Task<HeldWork?> FindAsync(IQueryable<Work> works, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(works);
        var candidates = Candidates(typed).ToList();
        var found = await works.AsNoTracking()
            .Where(w => candidates.Contains(w.Symbol))
            .Select(w => new HeldWork(w.Id, w.Symbol))
            .ToListAsync(cancellationToken);
        return found.OrderBy(w => candidates.IndexOf(w.Symbol)).FirstOrDefault();
    }

    // A path segment keeps %2F encoded (ASP.NET Core decodes every escape but that one); no symbol holds a '%'.
    private static string Decoded(string typed) =>
        typed.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(typed) : typed;
}
