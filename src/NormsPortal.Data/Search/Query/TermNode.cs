namespace NormsPortal.Data.Search.Query;

/// <summary>
/// A word as typed (NFKC, lower-case), not stemmed: the analyser turns it into index terms per
/// language. It starts and ends with a letter or digit but may hold inner punctuation
/// (<c>state's</c>, <c>cyber-security</c>), which the analyser splits like the indexed text, so one
/// word may stand for several adjacent terms. <see cref="IsPrefix"/>: typed with a trailing <c>*</c>.
/// </summary>
public sealed record TermNode(string Word, bool IsPrefix) : SearchNode
{
    public override string ToString() => SearchQueryFormatter.Format(this);
}
