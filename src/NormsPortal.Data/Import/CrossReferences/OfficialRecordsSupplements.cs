using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// "Official Records of the General Assembly, Seventieth Session, Supplement No. 53": since the
/// thirty-first session (1976) a supplement's symbol is the session and the supplement number
/// (<c>A/70/53</c>), so a citation that does not print the symbol still names the document.
/// When it prints it ("… Supplement No. 53 (A/70/53)") the symbol itself is the reference.
/// </summary>
internal static partial class OfficialRecordsSupplements
{
    /// <summary>The session from which supplements are numbered A/session/number.</summary>
    private const int FirstNumberedSession = 31;

    private static readonly Dictionary<string, int> UnitOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
    };

    private static readonly Dictionary<string, int> TensOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60,
        ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Finds supplement citations without a symbol and derives it.</summary>
    public static IEnumerable<(int Start, int Length, string Symbol)> Find(string text, Regex citation)
    {
        foreach (Match match in citation.Matches(text))
        {
            var session = SessionNumber(match.Groups["session"].Value);
            if (session is null || SymbolFollows().IsMatch(text, match.Index + match.Length))
            {
                continue;
            }

            yield return (match.Index, match.Length, $"A/{session}/{match.Groups["supplement"].Value}");
        }
    }

    /// <summary>"Seventieth" → 70, "Sixty-seventh" → 67; null before the thirty-first session or for words that are no session.</summary>
    public static int? SessionNumber(string ordinal)
    {
        var words = ordinal.Split('-');
        int? number = words switch
        {
            [var single] when TensOrdinals.TryGetValue(single, out var tens) => tens,
            [var ten, var unit] when Tens.TryGetValue(ten, out var tens) && UnitOrdinals.TryGetValue(unit, out var units) => tens + units,
            _ => null,
        };
        return number >= FirstNumberedSession ? number : null;
    }

    [GeneratedRegex(@"\G(?:\s+and\s+(?:corrigend(?:um|a)|addend(?:um|a)))?\s*\(\s*[A-Z]{1,8}/", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolFollows();
}
