namespace NormsPortal.Data.Model;

/// <summary>A State (or group) that sponsored a work's draft.</summary>
public sealed class Sponsor
{
    public int Id { get; set; }

    public int WorkId { get; set; }

    public required string Name { get; set; }

    public SponsorRole Role { get; set; }

    /// <summary>Position in the list as published.</summary>
    public int Ordinal { get; set; }

    public string? Source { get; set; }
}
