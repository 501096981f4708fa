namespace NormsPortal.Data.Search.Index;

/// <summary>
/// A provision with no search index row yet, as <see cref="SearchIndexer"/> writes its paragraph row: an indexed one
/// (<see cref="ParagraphAnalysis.IsIndexed"/>), with its text's analysis.
/// </summary>
internal sealed record NewParagraph(int ProvisionId, int WorkId, string Language, string Anchor, int Ordinal, string Text, ParagraphAnalysis Analysis);
