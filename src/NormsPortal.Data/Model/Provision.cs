namespace NormsPortal.Data.Model;

/// <summary>
/// A node of an expression's text tree. Rows are replaced on re-import; what must survive one
/// points at (symbol, <see cref="Anchor"/>) instead (see <see cref="TextReference"/>).
/// </summary>
public sealed class Provision
{
    public int Id { get; set; }

    public int ExpressionId { get; set; }

    public Expression Expression { get; set; } = null!;

    public int? ParentId { get; set; }

    public Provision? Parent { get; set; }

    public List<Provision> Children { get; } = [];

    public ProvisionKind Kind { get; set; }

    /// <summary>The number as printed: <c>1</c>, <c>1.6</c>, <c>(a)</c>; empty for preambular paragraphs.</summary>
    public string Number { get; set; } = "";

    /// <summary>The stable anchor (see <see cref="Anchors.ProvisionAnchor"/>), unique within the expression and the same in every language.</summary>
    public required string Anchor { get; set; }

    /// <summary>Position in reading order within the expression.</summary>
    public int Ordinal { get; set; }

    /// <summary>The plain text, without footnote markers (their places are in <see cref="FootnoteMarks"/>).</summary>
    public required string Text { get; set; }

    public List<FootnoteMark> FootnoteMarks { get; } = [];
}
