using System.Text.Json.Serialization;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// A curator's annotation as the API gives it. Everyone gets the body already rendered and cleaned
/// (<see cref="BodyHtml"/>); only admins get the Markdown source (<see cref="Body"/>) and see drafts, withdrawn
/// and deleted ones.
/// </summary>
/// <param name="Id">The annotation's id.</param>
/// <param name="Version">Counted up on every save; send it back with a change.</param>
/// <param name="Target">What it is about, in a bookmark's shape; a paragraph or passage with the anchor where it stands now.</param>
/// <param name="Label">The target in words: "Norm 1.6", "A/RES/73/27, para. 1.9".</param>
/// <param name="Url">The portal's page for the target.</param>
/// <param name="Place">For paragraphs and passages, whether the text is still there (<c>present</c>, <c>moved</c>, <c>missing</c>); null otherwise.</param>
/// <param name="Status"><c>draft</c>, <c>published</c> or <c>unpublished</c>.</param>
/// <param name="BodyHtml">The body rendered from Markdown and cleaned: safe to insert into a page.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record AnnotationDto(
    int Id,
    long Version,
    BookmarkTargetDto Target,
    string Label,
    string Url,
    BookmarkPlaceDto? Place,
    string Status,
    string BodyHtml,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The Markdown source, for admins only; absent from public answers.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    /// <summary>When it was deleted (UTC), for admins only; absent while it is not deleted.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? DeletedAt { get; init; }

    /// <summary>
    /// When a re-import left its paragraph or passage out of the text (UTC), for admins only; absent while it is
    /// attached. An orphaned annotation keeps its last anchor and quote and is shown to no member of the public.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? OrphanedAt { get; init; }

    /// <summary>For an orphaned annotation, admins only: the places of the current text that keep most of its words, best first.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AnnotationSuggestionDto>? Suggestions { get; init; }
}

/// <summary>A paragraph of the current text where an orphaned annotation might belong.</summary>
/// <param name="Anchor">The paragraph's anchor.</param>
/// <param name="Label">The paragraph in words: "A/RES/73/27, para. 1.9".</param>
/// <param name="Language">The language whose text keeps most of the annotation's words.</param>
/// <param name="Similarity">The share (0 to 1) of the annotation's lost words that the paragraph keeps, in order.</param>
/// <param name="Text">The paragraph's text in that language.</param>
public sealed record AnnotationSuggestionDto(string Anchor, string Label, string Language, double Similarity, string Text);

/// <summary>
/// <c>POST /api/v1/annotations/{id}/reattach</c>: the new target (a bookmark's shape, without searches) and the
/// version read. A stale version is refused with 409 as <c>PUT</c> is.
/// </summary>
public sealed record AnnotationReattachRequest(BookmarkTargetDto? Target, long? Version);

/// <summary><c>POST /api/v1/annotations</c>: the target (as a bookmark's, without searches), the Markdown body and the status (<c>draft</c> when omitted).</summary>
public sealed record AnnotationCreateRequest(BookmarkTargetDto? Target, string? Body, string? Status);

/// <summary>
/// <c>PUT /api/v1/annotations/{id}</c>: the version read, and the new body and status (an omitted one stays).
/// A stale version is refused with 409, carrying the annotation as it is now and what was sent.
/// </summary>
public sealed record AnnotationUpdateRequest(long? Version, string? Body, string? Status);

/// <summary><c>POST /api/v1/annotations/{id}/revisions/{number}/restore</c>: the version read.</summary>
public sealed record AnnotationRestoreRevisionRequest(long? Version);

/// <summary>One save of an annotation: its number, body and status as that save left them, who saved it and when.</summary>
public sealed record AnnotationRevisionDto(int Number, string Status, bool Deleted, string Body, DateTime SavedAt, string SavedBy);

/// <summary>The word-level differences from revision <see cref="From"/> to revision <see cref="To"/> of an annotation's body.</summary>
public sealed record AnnotationRevisionDiffDto(AnnotationRevisionDto From, AnnotationRevisionDto To, IReadOnlyList<WordDifference> Differences);
