namespace NormsPortal.Data.Search;

/// <summary>Where all the words of a query must occur for a text to match.</summary>
public enum SearchScope
{
    /// <summary>In one paragraph (or the title, or a norm's label): the default.</summary>
    Paragraph,

    /// <summary>
    /// Anywhere in one document in one language: each word or phrase in some paragraph of the same
    /// text, and an excluded one in none. The matched paragraphs are those holding any of the words.
    /// </summary>
    Document,
}
