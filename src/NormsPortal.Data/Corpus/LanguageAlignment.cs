using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Corpus;

/// <summary>Aligns every language version in a batch with the English version of the same work, when the batch has one.</summary>
internal static class LanguageAlignment
{
    public static void AlignWithEnglish(IReadOnlyList<ParsedDocument> documents)
    {
        foreach (var work in documents.GroupBy(d => d.Symbol))
        {
            if (work.FirstOrDefault(d => d.Language == Languages.English) is not { } english)
            {
                continue;
            }

            foreach (var other in work.Where(d => d.Language != Languages.English))
            {
                // The aligner re-anchors the other version in place and reports what it could not pair.
                ExpressionAligner.Align(english, other);
            }
        }
    }
}
