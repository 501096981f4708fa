using System.Globalization;

namespace NormsPortal.Web.Features.Citations;

/// <summary>English ordinals in words, as UN documents cite preambular paragraphs ("third", "twenty-first").</summary>
public static class OrdinalWords
{
    private static readonly string[] s_units =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] s_tensOrdinal = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>"first" … "ninety-ninth"; beyond that "100th" (no preamble is that long, but the answer stays readable).</summary>
    public static string For(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (number < 20)
        {
            return s_units[number];
        }

        if (number < 100)
        {
            var (tens, units) = Math.DivRem(number, 10);
            return units == 0 ? s_tensOrdinal[tens] : s_tens[tens] + "-" + s_units[units];
        }

        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
