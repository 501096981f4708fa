using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Analysis;

namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// Cuts a pasted text into stretches of agreed and of new wording: a word is agreed when one of the five-grams
/// covering it is held by some paragraph of the index. Each stretch runs from its first word to the next
/// stretch's first word (so punctuation and spaces go with the words before them); together they are the text.
/// </summary>
internal static class PastedTextSegments
{
    /// <summary>
    /// The stretches of <paramref name="text"/>, whose <paramref name="terms"/> have the five-grams
    /// <paramref name="shingles"/> (in order), given how many paragraphs hold each (<paramref name="frequency"/>).
    /// </summary>
    public static List<Stretch> Cut(string text, IReadOnlyList<AnalyzedTerm> terms, IReadOnlyList<long> shingles, IReadOnlyDictionary<long, int> frequency)
    {
        var agreed = new bool[terms.Count];
        for (var i = 0; i < shingles.Count; i++)
        {
            if (frequency.ContainsKey(shingles[i]))
            {
                agreed.AsSpan(i, ReuseShingles.Length).Fill(true);
            }
        }

        var stretches = new List<Stretch>();
        var first = 0;
        while (first < terms.Count)
        {
            var last = first;
            while (last + 1 < terms.Count && agreed[last + 1] == agreed[first])
            {
                last++;
            }

            var start = first == 0 ? 0 : terms[first].StartOffset;
            var end = last + 1 < terms.Count ? terms[last + 1].StartOffset : text.Length;
            // The five-grams wholly inside an agreed stretch are its wording.
            var own = agreed[first]
                ? shingles.Skip(first).Take(Math.Max(0, last - first - ReuseShingles.Length + 2)).ToHashSet()
                : [];
            stretches.Add(new Stretch(text[start..end], start, agreed[first], last - first + 1, own));
            first = last + 1;
        }

        return stretches;
    }

    /// <summary>A stretch of the text from <see cref="Start"/>, agreed or new, of <see cref="Words"/> words, with its five-grams when agreed.</summary>
    public sealed record Stretch(string Text, int Start, bool Agreed, int Words, HashSet<long> Shingles);
}
