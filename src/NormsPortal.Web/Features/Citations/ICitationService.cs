namespace NormsPortal.Web.Features.Citations;

/// <summary>Finds what a citation needs (see <see cref="CitationService"/>); an interface so components can be tested without a database.</summary>
public interface ICitationService
{
    /// <summary>The work <paramref name="symbol"/> and, when <paramref name="anchor"/> is given, its paragraph.</summary>
    Task<CitationLookup> FindAsync(string symbol, string? anchor, CancellationToken cancellationToken);
}
