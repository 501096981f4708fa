using NormsPortal.Data.Model;

namespace NormsPortal.Data.Search.Index;

/// <summary>
/// The id of a <see cref="SearchEntry"/> carries the text it belongs to: the work id in bits 32–62,
/// the language in bits 29–31 and a sequence number within that work and language in bits 0–28.
/// The full-text index of either database hands back matched ids only; with the work and the
/// language in the id, a search groups and filters its matches by work and language with a shift
/// instead of looking each match up in <c>SearchEntries</c>, which is what keeps words found in
/// tens of thousands of paragraphs cheap. A work's entries are one contiguous id range.
/// </summary>
public static class SearchEntryKey
{
    /// <summary><c>id &gt;&gt; WorkShift</c> is the work id.</summary>
    public const int WorkShift = 32;

    /// <summary><c>id &gt;&gt; TextShift</c> is the text key: work id × 8 + language index.</summary>
    public const int TextShift = 29;

    /// <summary><c>textKey &amp; LanguageMask</c> is the language index.</summary>
    public const int LanguageMask = 7;

    /// <summary>How many entries one work can have in one language.</summary>
    public const long SequencesPerText = 1L << TextShift;

    /// <summary>
    /// Set in the id of an annotation's entry, and only there: annotations take the upper half of their text's
    /// sequences, so a search tells them from the rest with a mask, as it tells languages, without a lookup.
    /// Their sequence is the annotation's own id (<see cref="ForAnnotation"/>).
    /// </summary>
    public const long AnnotationBit = SequencesPerText >> 1;

    /// <summary>The languages in the order of their index: the portal's one list, whose order is therefore stored in ids.</summary>
    public static IReadOnlyList<string> Languages => Vocabulary.Languages.Official;

    /// <summary>The id of the entry numbered <paramref name="sequence"/> in the work's text in <paramref name="language"/>.</summary>
    public static long For(int workId, string language, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workId);
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sequence, SequencesPerText);
        return FirstOf(workId, language) + sequence;
    }

    /// <summary>The lowest id of the work's text in <paramref name="language"/>; its ids run up to, not including, this plus <see cref="SequencesPerText"/>.</summary>
    public static long FirstOf(int workId, string language) => (((long)workId << (WorkShift - TextShift)) + LanguageIndex(language)) << TextShift;

    /// <summary>The index of <paramref name="language"/> in <see cref="Languages"/>.</summary>
    public static int LanguageIndex(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        for (var i = 0; i < Languages.Count; i++)
        {
            if (string.Equals(Languages[i], language, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language of the search index.");
    }

    public static int WorkIdOf(long id) => checked((int)(id >> WorkShift));

    public static string LanguageOf(long id) => Languages[(int)((id >> TextShift) & LanguageMask)];

    public static long SequenceOf(long id) => id & (SequencesPerText - 1);

    /// <summary>Whether <paramref name="id"/> is an annotation's entry (<see cref="AnnotationBit"/>).</summary>
    public static bool IsAnnotation(long id) => (id & AnnotationBit) != 0;

    /// <summary>
    /// The id of annotation <paramref name="annotationId"/>'s entry under <paramref name="workId"/>: fixed by the
    /// annotation, so saves of different annotations at once never reach for the same id, and a save finds the
    /// row of the annotation it changes by its key.
    /// </summary>
    public static long ForAnnotation(int workId, string language, int annotationId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(annotationId);
        return For(workId, language, AnnotationBit + annotationId);
    }
}
