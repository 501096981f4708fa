using NormsPortal.Data.Model;
using NormsPortal.Data.Seeding;
using NormsPortal.TestSupport;

namespace NormsPortal.UnitTests.Seeding;

public sealed class SeedTracksTests
{
    [Fact]
    public void Map_SeedCatalogue_KeepsTheCuratedOrderAndAddsThePrecursorsLast()
    {
        var tracks = SeedTracks.Map(SeedFiles.Catalog);

        Assert.Equal(["developments", "responsible-behaviour", "programme-of-action", "ict-crime", Track.PrecursorsKey], tracks.Select(t => t.Key));
        Assert.Equal([1, 2, 3, 4, 5], tracks.Select(t => t.Ordinal));
        Assert.Equal(["A/RES/36/103", "A/RES/43/78 H"], tracks[4].Members.Select(m => m.WorkSymbol));
        var responsible = tracks[1];
        Assert.Equal(["A/RES/73/266", "A/RES/74/28", "A/RES/75/32", "A/RES/76/19"], responsible.Members.OrderBy(m => m.Ordinal).Select(m => m.WorkSymbol));
        Assert.Equal([1, 2, 3, 4], responsible.Members.Select(m => m.Ordinal));
    }
}
