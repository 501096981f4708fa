using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Corpus;

/// <summary>Aligns every language version in a batch with the English version of the same work, when the batch has one.</summary>
internal static class LanguageAlignment
{
    private const string English = "en";

    public static void AlignWithEnglish(IReadOnlyList<ParsedDocument> documents)
    {
        foreach (var work in documents.GroupBy(d => d.Symbol))
        {
            if (work.FirstOrDefault(d => d.Language == English) is not { } english)
            {
                continue;
            }

            foreach (var other in work.Where(d => d.Language != English))
            {
                // The aligner re-anchors the other version in place and reports what it could not pair.
                ExpressionAligner.Align(english, other);
            }
        }
    }
}
