namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Splits a printed list of sponsors ("Algeria, Angola, …, Venezuela (Bolivarian Republic of) and
/// Zimbabwe") into State names. Commas and "and" inside parentheses belong to a name, and so does
/// the "and" of the few State names that have one ("Trinidad and Tobago").
/// </summary>
public static class SponsorList
{
    private const string FinalAnd = " and ";

    private static readonly string[] _namesWithAnd =
    [
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Kitts and Nevis",
        "Saint Vincent and the Grenadines",
        "Sao Tome and Principe",
        "Trinidad and Tobago",
        "United Kingdom of Great Britain and Northern Ireland",
    ];

    public static IReadOnlyList<string> Split(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var names = new List<string>();
        var start = 0;
        int comma;
        while ((comma = IndexOutsideParentheses(list, ",", start)) >= 0)
        {
            names.Add(list[start..comma]);
            start = comma + 1;
        }

        // The last item holds "X and Y". Mask the names that contain "and" (the mask keeps every
        // other character where it is) and cut at the first "and" left.
        var last = list[start..];
        var masked = _namesWithAnd.Aggregate(last, (text, name) => text.Replace(name, new string('x', name.Length), StringComparison.Ordinal));
        var and = IndexOutsideParentheses(masked, FinalAnd, 0);
        if (and >= 0)
        {
            names.Add(last[..and]);
            names.Add(last[(and + FinalAnd.Length)..]);
        }
        else
        {
            names.Add(last);
        }

        return names.Select(name => name.Trim()).Where(name => name.Length > 0).ToList();
    }

    private static int IndexOutsideParentheses(string text, string separator, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
