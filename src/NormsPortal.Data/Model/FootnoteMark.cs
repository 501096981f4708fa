namespace NormsPortal.Data.Model;

/// <summary>Where a footnote's marker stands in a provision's text; a footnote may be cited in several places.</summary>
public sealed class FootnoteMark
{
    public int Id { get; set; }

    public int ProvisionId { get; set; }

    /// <summary>Character offset in <see cref="Provision.Text"/> after which the marker stands.</summary>
    public int Offset { get; set; }

    /// <summary>The anchor of the footnote provision (<c>fn2</c>).</summary>
    public required string FootnoteAnchor { get; set; }
}
