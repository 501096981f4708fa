using System.Text.RegularExpressions;
using DiffPlex;

namespace NormsPortal.Web.Features;

/// <summary>
/// Cuts text into words, runs of white space and single punctuation marks, so a diff marks
/// "States" → "States," as one added comma rather than a changed word.
/// </summary>
internal sealed partial class WordChunker : IChunker
{
    public static WordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
