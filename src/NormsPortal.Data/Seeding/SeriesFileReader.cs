using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Seeding;

/// <summary>Reads <c>series.json</c>: the tracks, the precursors and the reports with the resolutions that endorsed them.</summary>
internal static class SeriesFileReader
{
    public static SeriesFile Read(string path)
    {
        var file = SeedJson.Read(path, SeedJsonContext.Default.SeriesFileDto);
        return new SeriesFile(
            file.Tracks.Select(t => new SeedTrack(t.Id, t.Title, t.Members.Select(UnSymbol.Normalise).ToList())).ToList(),
            file.Precursors.Select(UnSymbol.Normalise).ToList(),
            file.Reports.Select(r => new SeedReport(UnSymbol.Normalise(r.Symbol), r.Group, UnSymbol.Normalise(r.EndorsedBy))).ToList());
    }

    public sealed record SeriesFile(IReadOnlyList<SeedTrack> Tracks, IReadOnlyList<string> Precursors, IReadOnlyList<SeedReport> Reports);
}
