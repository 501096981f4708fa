namespace NormsPortal.Web.Features.Compare;

/// <summary>Compares two works' texts (see <see cref="CompareQuery"/>); an interface so pages can be tested without a database.</summary>
public interface ICompareService
{
    /// <summary>The texts of <paramref name="first"/> and <paramref name="second"/> aligned, in <paramref name="language"/> when both hold it.</summary>
    Task<CompareLookup> CompareAsync(string first, string second, string? language, CancellationToken cancellationToken);

    /// <summary>The symbols of the works whose text the portal holds, for the form's suggestions.</summary>
    Task<IReadOnlyList<string>> ComparableSymbolsAsync(CancellationToken cancellationToken);
}
