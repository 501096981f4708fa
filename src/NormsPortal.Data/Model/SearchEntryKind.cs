namespace NormsPortal.Data.Model;

/// <summary>What a <see cref="SearchEntry"/> indexes.</summary>
public enum SearchEntryKind
{
    /// <summary>A provision's text in one language.</summary>
    Paragraph,

    /// <summary>A work's title.</summary>
    Title,

    /// <summary>A norm's curated label, attached to the paragraph that states the norm.</summary>
    Norm,

    /// <summary>
    /// A curator's published note (<see cref="Annotation"/>), as plain text, under the work it is on and the
    /// anchor of its paragraph (a norm's: the paragraph that states it; a work's: none).
    /// </summary>
    Annotation,
}
