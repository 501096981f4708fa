using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Parsed;

/// <summary>A node of a parsed text tree; becomes a <see cref="Provision"/> row.</summary>
public sealed class ParsedProvision
{
    public required ProvisionKind Kind { get; init; }

    /// <summary>The number or label as printed (<c>1</c>, <c>1.6</c>, <c>(a)</c>); empty for preambular paragraphs.</summary>
    public string Number { get; init; } = "";

    /// <summary>The stable anchor (see <see cref="Anchors.ProvisionAnchor"/>).</summary>
    public required string Anchor { get; init; }

    /// <summary>Plain text without the number and without footnote markers.</summary>
    public required string Text { get; set; }

    public List<ParsedFootnoteMark> FootnoteMarks { get; } = [];

    public List<ParsedProvision> Children { get; } = [];

    public IEnumerable<ParsedProvision> SelfAndDescendants() =>
        Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
