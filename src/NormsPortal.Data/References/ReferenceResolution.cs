namespace NormsPortal.Data.References;

/// <summary>Where a reference stands in the text the portal holds now.</summary>
public enum ReferenceState
{
    /// <summary>The paragraph is there, and holds the quote when there is one.</summary>
    Present,

    /// <summary>The quote is no longer in that paragraph but in another one of the work: <see cref="ReferenceResolution.Anchor"/>.</summary>
    Moved,

    /// <summary>Neither the paragraph (or its quote) nor the quote elsewhere is in the text: only the stored quote remains.</summary>
    Missing,
}

/// <summary>
/// What <see cref="TextReferenceResolver"/> found for one reference: its state, the anchor where it is now
/// (the stored one when present, the new one when moved, null when missing) and the quote it was saved with.
/// </summary>
public sealed record ReferenceResolution(ReferenceState State, string? Anchor, string Quote)
{
    public bool IsMissing => State == ReferenceState.Missing;
}
