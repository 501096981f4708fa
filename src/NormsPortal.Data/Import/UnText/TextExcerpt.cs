namespace NormsPortal.Data.Import.UnText;

/// <summary>The words around a place in a text, quoted, for repair messages a person can check.</summary>
internal static class TextExcerpt
{
    /// <summary>The characters from <paramref name="start"/> to <paramref name="end"/>, widened to whole words.</summary>
    public static string Around(string text, int start, int end)
    {
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return Quote(text[start..end]);
    }

    public static string Quote(string text) => "“" + text + "”";
}
