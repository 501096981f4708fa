namespace NormsPortal.Data.Search.Query;

/// <summary>
/// An excluded word or phrase. Only ever a child of an <see cref="AndNode"/> that has at least one
/// positive child: a query of nothing but exclusions is reported in the warnings, not run.
/// </summary>
public sealed record NotNode(SearchNode Child) : SearchNode
{
    public override string ToString() => SearchQueryFormatter.Format(this);
}
