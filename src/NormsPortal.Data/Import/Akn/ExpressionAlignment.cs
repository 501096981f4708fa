using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>Two provisions that are the same text in two languages; <paramref name="OtherAnchor"/> is the anchor the other language had before alignment.</summary>
public sealed record AlignedPair(string EnglishAnchor, string OtherAnchor)
{
    public bool Reanchored => EnglishAnchor != OtherAnchor;
}

/// <summary>
/// What <see cref="ExpressionAligner"/> found: the pairs, the English provisions the other
/// language lacks, the other language's provisions English lacks, and the messages (also added
/// to the other document).
/// </summary>
public sealed class ExpressionAlignment(IReadOnlyList<AlignedPair> pairs, IReadOnlyList<string> missing, IReadOnlyList<string> extra, IReadOnlyList<ImportMessage> messages)
{
    public IReadOnlyList<AlignedPair> Pairs { get; } = pairs;

    /// <summary>Anchors of the English text with no counterpart in the other language.</summary>
    public IReadOnlyList<string> MissingInOther { get; } = missing;

    /// <summary>Anchors of the other language with no counterpart in English (they keep their own anchors).</summary>
    public IReadOnlyList<string> ExtraInOther { get; } = extra;

    public IReadOnlyList<ImportMessage> Messages { get; } = messages;

    /// <summary>Whether every provision found its counterpart.</summary>
    public bool IsComplete => MissingInOther.Count == 0 && ExtraInOther.Count == 0;
}
