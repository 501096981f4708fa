namespace NormsPortal.Data.Search.Query;

/// <summary>All children must match (a <see cref="NotNode"/> child must not). Has two or more children.</summary>
public sealed record AndNode(IReadOnlyList<SearchNode> Children) : SearchNode
{
    public bool Equals(AndNode? other) => other is not null && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => SequenceHash.Of(Children);

    public override string ToString() => SearchQueryFormatter.Format(this);
}
