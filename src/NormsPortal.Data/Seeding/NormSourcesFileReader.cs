using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Seeding;

/// <summary>Reads <c>norm-sources.json</c>: the 13 norms with their labels and counterparts.</summary>
internal static class NormSourcesFileReader
{
    public static IReadOnlyList<SeedNorm> Read(string path)
    {
        var file = SeedJson.Read(path, SeedJsonContext.Default.NormSourcesFileDto);
        return file.Norms
            .Select(n => new SeedNorm(
                n.Number,
                n.Label,
                n.Gge2015 ?? [],
                n.Earlier is { } earlier
                    ? new SeedEarlierSource(UnSymbol.Normalise(earlier.Document), earlier.Paragraph, earlier.Verified, earlier.Note)
                    : null))
            .ToList();
    }
}
