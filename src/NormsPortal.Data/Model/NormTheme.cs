namespace NormsPortal.Data.Model;

/// <summary>A curated theme of a norm: a short phrase such as "critical infrastructure" or "supply chain".</summary>
public sealed class NormTheme
{
    /// <summary>The longest theme kept: a short phrase.</summary>
    public const int MaxLength = 60;

    /// <summary>The most themes a norm keeps: more would no longer say what the norm is about.</summary>
    public const int MaxPerNorm = 12;

    public int Id { get; set; }

    public int NormId { get; set; }

    /// <summary>The phrase, trimmed; unique within its norm ignoring case.</summary>
    public required string Text { get; set; }

    /// <summary>Its place among the norm's themes, as the curator ordered them.</summary>
    public int Ordinal { get; set; }
}
