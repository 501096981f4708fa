namespace NormsPortal.Data.Model;

/// <summary>
/// A curated line of resolutions that follow one another (the annual "Developments" series, the
/// responsible State behaviour track …). Titles do not tell tracks apart, so they are curated.
/// </summary>
public sealed class Track : AuditedEntity
{
    /// <summary>
    /// The key of the group of precursors (36/103 and 43/78 H) that belong to no track. It is a group,
    /// not a line: its members do not follow one another, so pages must not show one as the other's predecessor.
    /// </summary>
    public const string PrecursorsKey = "precursors";

    /// <summary>A stable slug used in URLs and filters: <c>developments</c>.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public int Ordinal { get; set; }

    public List<TrackMember> Members { get; } = [];
}
