using NormsPortal.Web.Features.Compare;

namespace NormsPortal.Web.Features.Import;

/// <summary>
/// What an import would store, before anything is: each document the file holds, as parsed and as it would change
/// the portal. <see cref="Previewed"/> names the exact input (file, symbol, language); the commit sends the same
/// input with it, and is refused when the input is not what was previewed.
/// </summary>
/// <param name="Format">The format the content showed: <c>akn</c>, <c>untext</c>, <c>pdf</c>, <c>word</c>.</param>
/// <param name="SourceName">The file's name (<c>pasted.txt</c> for pasted text).</param>
/// <param name="Previewed">The SHA-256 of what was previewed, to send with the commit.</param>
/// <param name="Documents">Each document of the file.</param>
public sealed record ImportPreviewDto(string Format, string SourceName, string Previewed, IReadOnlyList<ImportDocumentPreviewDto> Documents);

/// <summary>One document of an import as parsed, and what storing it would change.</summary>
/// <param name="Symbol">The work's symbol.</param>
/// <param name="Language">The text's language.</param>
/// <param name="Outcome">What storing it would do: <c>imported</c> (a new text), <c>updated</c>, <c>unchanged</c> or <c>failed</c>.</param>
/// <param name="Facts">The heading's facts, by name (title, date, session, body, committee, agendaItem, draft, committeeReport, meeting, adoptionMode).</param>
/// <param name="Paragraphs">The paragraphs, in reading order, with their anchors.</param>
/// <param name="Footnotes">The footnotes.</param>
/// <param name="CrossReferences">The references to other documents found in the text.</param>
/// <param name="Repairs">What the parser repaired or doubted, and what the import would warn about, with their codes.</param>
/// <param name="Changes">For a text the portal holds, the paragraphs that would change (word differences marked); null for a new text.</param>
/// <param name="AnnotationsOrphaned">The curators' annotations the import would orphan.</param>
/// <param name="AnnotationsMoved">The curators' annotations that would follow their text to another anchor.</param>
/// <param name="BookmarksLost">How many researchers' bookmarks would lose their paragraph or passage (a count: bookmarks are private).</param>
public sealed record ImportDocumentPreviewDto(
    string Symbol,
    string Language,
    string Outcome,
    IReadOnlyDictionary<string, string> Facts,
    IReadOnlyList<ImportParagraphDto> Paragraphs,
    IReadOnlyList<ImportParagraphDto> Footnotes,
    IReadOnlyList<ImportCrossReferenceDto> CrossReferences,
    IReadOnlyList<ImportMessageDto> Repairs,
    IReadOnlyList<AlignedParagraph>? Changes,
    IReadOnlyList<ImportMessageDto> AnnotationsOrphaned,
    IReadOnlyList<ImportMessageDto> AnnotationsMoved,
    int BookmarksLost);

/// <summary>A paragraph or footnote as parsed: its anchor, printed number, kind and text.</summary>
public sealed record ImportParagraphDto(string Anchor, string Number, string Kind, string Text);

/// <summary>A reference found in the text: the paragraph it stands in, the words, and the document (and paragraph) it points to.</summary>
public sealed record ImportCrossReferenceDto(string Anchor, string Text, string TargetSymbol, string? TargetAnchor);

/// <summary>A parser's or importer's note: <c>repair</c>, <c>warning</c> or <c>error</c>, a stable code, words, and where.</summary>
public sealed record ImportMessageDto(string Severity, string Code, string Text, string? Location);

/// <summary>What a committed import did to each document.</summary>
public sealed record ImportCommitDto(IReadOnlyList<ImportDocumentResultDto> Documents);

/// <summary>One committed document: its outcome and the importer's notes.</summary>
public sealed record ImportDocumentResultDto(string Symbol, string Language, string Outcome, IReadOnlyList<ImportMessageDto> Messages);

/// <summary>
/// Pasted text to preview or import (<c>application/json</c>): the text, the symbol it is the text of, its language
/// (English when omitted) and, for the commit, what the preview answered in <c>previewed</c>.
/// </summary>
public sealed record ImportTextRequest(string? Text, string? Symbol, string? Language, string? Previewed);
