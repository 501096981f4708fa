namespace NormsPortal.Data.Search.Index;

/// <summary>A work as its catalogue rows need it: its title row, and the rows of the norms its text states.</summary>
internal sealed record CatalogWork(int Id, string Symbol, string? Title);
