namespace NormsPortal.Data.Search.Query;

/// <summary>An "exact phrase": its words (as in <see cref="TermNode.Word"/>) must follow one another.</summary>
public sealed record PhraseNode(IReadOnlyList<string> Words) : SearchNode
{
    public bool Equals(PhraseNode? other) =>
        other is not null && Words.SequenceEqual(other.Words, StringComparer.Ordinal);

    public override int GetHashCode() => SequenceHash.Of(Words);

    public override string ToString() => SearchQueryFormatter.Format(this);
}
