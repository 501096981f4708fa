using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Maps the curated tracks of <c>series.json</c> to <see cref="Track"/> rows with their members in
/// order (a member need not be a work the portal has: it is joined by symbol). The precursors
/// (36/103 and 43/78 H) belong to no track; they are kept as one more track,
/// <see cref="Track.PrecursorsKey"/>, listed after the curated ones.
/// </summary>
public static class SeedTracks
{
    public const string PrecursorsTitle = "Precursors recalled by the series";

    public static List<Track> Map(SeedCatalog catalog)
    {
        var tracks = catalog.Tracks.Select((track, index) => NewTrack(track.Key, track.Title, index + 1, track.Members)).ToList();
        if (catalog.Precursors.Count > 0)
        {
            tracks.Add(NewTrack(Track.PrecursorsKey, PrecursorsTitle, tracks.Count + 1, catalog.Precursors));
        }

        return tracks;
    }

    private static Track NewTrack(string key, string title, int ordinal, IEnumerable<string> members)
    {
        var track = new Track { Key = key, Title = title, Ordinal = ordinal };
        track.Members.AddRange(members.Select((symbol, index) => new TrackMember { WorkSymbol = symbol, Ordinal = index + 1 }));
        return track;
    }
}
