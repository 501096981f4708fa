namespace NormsPortal.Data.Search.Query;

/// <summary>
/// A node of a parsed query's text part. The tree is small and regular: an <see cref="AndNode"/>
/// at the top (or a single node), whose children are terms, phrases, <see cref="OrNode"/>s of terms
/// and phrases, and <see cref="NotNode"/>s; never an AND inside an AND or an OR inside an OR.
/// Nodes compare by value, lists included, and <see cref="object.ToString"/> gives the canonical text.
/// </summary>
public abstract record SearchNode;
