namespace NormsPortal.Data.Model;

/// <summary>A work's place in a track. Its predecessor is the member before it (a work may be in two tracks).</summary>
public sealed class TrackMember
{
    public int Id { get; set; }

    public int TrackId { get; set; }

    public required string WorkSymbol { get; set; }

    public int Ordinal { get; set; }
}
