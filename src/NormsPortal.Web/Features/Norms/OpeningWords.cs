namespace NormsPortal.Web.Features.Norms;

/// <summary>The start of a text for overviews, cut at a word boundary.</summary>
public static class OpeningWords
{
    /// <summary>The first <paramref name="count"/> words of <paramref name="text"/>, with "…" when it goes on.</summary>
    public static string Of(string text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var words = text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length <= count)
        {
            return string.Join(' ', words);
        }

        // Trailing punctuation before the ellipsis reads badly ("States should,…").
        return string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':', '.') + "…";
    }
}
