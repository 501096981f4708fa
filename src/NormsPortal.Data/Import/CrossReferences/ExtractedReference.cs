namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// One mention of a document found in a provision's text: where it stands (<paramref name="Start"/>,
/// <paramref name="Length"/>, the <paramref name="MatchedText"/> itself), the normalised symbol of the
/// document it names and, when the text pinpoints one, the anchor of the paragraph
/// (see <see cref="Anchors.ProvisionAnchor"/>).
/// </summary>
public sealed record ExtractedReference(
    int Start,
    int Length,
    string MatchedText,
    string TargetSymbol,
    string? TargetAnchor,
    ReferenceKind Kind)
{
    /// <summary>The position just after the mention.</summary>
    public int End => Start + Length;
}
