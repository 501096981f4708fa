namespace NormsPortal.Data.Reuse;

/// <summary>
/// The units of the reuse index: every run of <see cref="Length"/> consecutive terms of the search
/// analyser (so case, punctuation and inflection aside), hashed to 64 bits with the language, so a
/// five-gram of one language never meets another's. The hash is FNV-1a over the terms' characters:
/// fixed by this code, not by the runtime, so stored hashes stay valid across processes and versions.
/// </summary>
public static class ReuseShingles
{
    /// <summary>Words per shingle: five is enough that a shared run is shared wording, not a shared phrase.</summary>
    public const int Length = 5;

    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private const char Separator = '\u001f';

    /// <summary>The hashes of the text's shingles in order: the i-th covers terms i to i + 4. Empty below five terms.</summary>
    public static long[] Of(IReadOnlyList<string> terms, string language)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(language);
        if (terms.Count < Length)
        {
            return [];
        }

        var hashes = new long[terms.Count - Length + 1];
        for (var start = 0; start < hashes.Length; start++)
        {
            var hash = Add(OffsetBasis, language);
            for (var i = start; i < start + Length; i++)
            {
                hash = Add(Add(hash, Separator), terms[i]);
            }

            hashes[start] = unchecked((long)hash);
        }

        return hashes;
    }

    /// <summary>The shingles of a paragraph's stored terms (<see cref="Model.SearchEntry.Terms"/>: space-separated).</summary>
    public static long[] OfStoredTerms(string terms, string language)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Of(terms.Split(' ', StringSplitOptions.RemoveEmptyEntries), language);
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }

        return hash;
    }

    // FNV-1a takes bytes: a UTF-16 code unit is its low byte, then its high byte.
    private static ulong Add(ulong hash, char c)
    {
        hash = unchecked((hash ^ (byte)c) * Prime);
        return unchecked((hash ^ (byte)(c >> 8)) * Prime);
    }
}
