namespace NormsPortal.Data.Search.Query;

/// <summary>
/// The parser's caps, so that no input (10 kB of text, thousands of words) can make a query
/// expensive to run: what goes beyond them is dropped and reported in the warnings.
/// </summary>
public static class SearchQueryLimits
{
    /// <summary>Characters of query text read (after normalisation).</summary>
    public const int MaxInputLength = 1_000;

    /// <summary>Words and phrases in the text part (an OR of two words counts two).</summary>
    public const int MaxClauses = 32;

    /// <summary>Words in one phrase.</summary>
    public const int MaxPhraseWords = 32;

    /// <summary>Characters of one word; the analyser caps index terms at the same length.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Norm numbers and symbols looked up.</summary>
    public const int MaxLookups = 10;

    /// <summary>Values of one filter (<c>kind:</c> …).</summary>
    public const int MaxFilterValues = 10;

    /// <summary>Shortest prefix searched with <c>*</c>: shorter ones would match most of the index.</summary>
    public const int MinPrefixLength = 2;
}
