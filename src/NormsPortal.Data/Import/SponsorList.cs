using System.Text;

namespace NormsPortal.Data.Import;

/// <summary>
/// Splits a list of sponsors, as the AKN workflow and a UN text's heading print it ("Albania,
/// Australia, … United Kingdom of Great Britain and Northern Ireland and United States of America"),
/// into Member States. A comma
/// separates names and "and" joins the last two; "and" also occurs inside a few names and inside
/// brackets ("on behalf of the Group of 77 and China"), where it does not separate.
/// </summary>
public static class SponsorList
{
    private const string Conjunction = " and ";

    // The Member States (and observers) whose names contain "and".
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

    public static List<string> Split(string? list)
    {
        var names = new List<string>();
        var text = list?.Trim() ?? "";
        if (text.Length == 0)
        {
            return names;
        }

        // "submitted by the Committee on Information": a body, not a list of States.
        const string submittedBy = "submitted by ";
        if (text.StartsWith(submittedBy, StringComparison.OrdinalIgnoreCase))
        {
            var body = text[submittedBy.Length..].Trim();
            body = body.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? body[4..] : body;
            if (body.Length > 0)
            {
                names.Add(char.ToUpperInvariant(body[0]) + body[1..]);
            }

            return names;
        }

        // "introduced in the Committee by …", "on the basis of the report of …": no sponsor named.
        if (text.Contains(" by ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("on the basis", StringComparison.OrdinalIgnoreCase))
        {
            return names;
        }

        foreach (var part in SplitOutsideBrackets(text))
        {
            var name = part.TrimEnd('.');
            if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static List<string> SplitOutsideBrackets(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && (c is ',' or ';' || (c == ' ' && IsConjunctionAt(text, i))))
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                i += c == ' ' ? Conjunction.Length - 1 : 0;
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString().Trim());
        return parts;
    }

    /// <summary>Whether " and " at <paramref name="index"/> separates two names rather than being part of one.</summary>
    private static bool IsConjunctionAt(string text, int index)
    {
        if (string.CompareOrdinal(text, index, Conjunction, 0, Conjunction.Length) != 0)
        {
            return false;
        }

        foreach (var name in _namesWithAnd)
        {
            var inner = name.IndexOf(Conjunction, StringComparison.Ordinal);
            var start = index - inner;
            if (start >= 0 && start + name.Length <= text.Length && string.CompareOrdinal(text, start, name, 0, name.Length) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
