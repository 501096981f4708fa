namespace NormsPortal.Data.Search.Query;

/// <summary>Any child must match. Has two or more children, each a <see cref="TermNode"/> or <see cref="PhraseNode"/>.</summary>
public sealed record OrNode(IReadOnlyList<SearchNode> Children) : SearchNode
{
    public bool Equals(OrNode? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => SequenceHash.Of(Children);

    public override string ToString() => SearchQueryFormatter.Format(this);
}
