using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// Finds the mentions of other documents in a parsed text. When the importer is given one, the
/// cross-references of each stored (work, language) are replaced by what it finds, in the same
/// transaction as the text.
/// </summary>
public interface ICrossReferenceFinder
{
    IReadOnlyList<FoundReference> Find(ParsedDocument document);
}

/// <summary>
/// One mention: <paramref name="Length"/> characters from <paramref name="Start"/> in the text of the
/// provision <paramref name="SourceAnchor"/>, pointing at <paramref name="TargetSymbol"/> (and the
/// paragraph <paramref name="TargetAnchor"/> when the text pinpoints one).
/// </summary>
public sealed record FoundReference(
    string SourceAnchor,
    int Start,
    int Length,
    string MatchedText,
    string TargetSymbol,
    string? TargetAnchor = null);
