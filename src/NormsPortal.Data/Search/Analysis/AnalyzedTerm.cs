namespace NormsPortal.Data.Search.Analysis;

/// <summary>
/// One index term of a text: the term, its position among the text's terms (0, 1, 2 … with no gaps,
/// so adjacent words have adjacent positions) and the span of the original text it came from.
/// </summary>
public readonly record struct AnalyzedTerm(string Term, int Position, int StartOffset, int EndOffset);
