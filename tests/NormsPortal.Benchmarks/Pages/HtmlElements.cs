using System.Text.RegularExpressions;

namespace NormsPortal.Benchmarks.Pages;

/// <summary>
/// How many elements a page's HTML holds, counted as start tags (<c>&lt;</c> and a letter), which is
/// what the browser builds a node for; a count for comparing runs, not a parser.
/// </summary>
internal static partial class HtmlElements
{
    public static int Count(string html) => StartTag().Count(html);

    [GeneratedRegex("<[a-zA-Z]")]
    private static partial Regex StartTag();
}
