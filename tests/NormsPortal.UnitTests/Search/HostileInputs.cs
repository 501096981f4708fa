using System.Text;

namespace NormsPortal.UnitTests.Search;

/// <summary>
/// Random and hostile query texts from a fixed seed (so a failure can be replayed): fragments of
/// the query language, SQL and FTS syntax, control characters, lone surrogates, scripts the portal
/// holds, combining marks, emoji, and plain random UTF-16.
/// </summary>
internal static class HostileInputs
{
    private static readonly string[] s_fragments =
    [
        "OR", "or", "AND", "NOT", "-", "--", "\"", "\u201C", "\u201D", "*", "**", ":", "*:*", "(", ")", "NEAR(", "NEAR/3",
        "' OR 1=1 --", "'; DROP TABLE Works; --", "&|!", "&&", "||", "!", "^", "~2", "col:", "{", "}", "[", "]", "\\", "%", "_",
        "kind:", "kind:report", "kind:ga-resolution", "track:developments", "year:", "year:2015", "year:2015..2018", "year:3000",
        "year:..", "year:2020..", "year:..2015", "session:73", "session:-1", "lang:fr", "lang:xx", "norm:1.6", "symbol:", "symbol:\"A/RES/43/78 H\"", "symbol:A/70/174",
        "1.6", "1.13", "A/70/174", "70/237", "A/RES/73/27", "A/C.1/73/L.27/Rev.1", "a/res/73/27", "critical", "infrastructure",
        "knowingly", "support", "sécurité", "安全", "网络安全", "الأمن", "безопасность", "seguridad", "state's", "cyber-security",
        "secur*", "x*", "\0", "\u0001", "\u001f", "\u007f", "\t", "\n", "\r\n", "\u200B", "\u200D", "\uFEFF", "\ud800", "\udc00",
        "\ud83d\ude00", "e\u0301", "\u0301", "\uFF23\uFF59\uFF42\uFF45\uFF52", "\uFDFA", "\u2474", "ǅ", "İ", "ß", "\u0000\"",
        "<script>alert(1)</script>", "&lt;", "%22", "+", "=", "$", "@", "#", "\u00A0", "\u3000",
    ];

    public static IEnumerable<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return (i % 4) switch
            {
                0 => RandomUtf16(random, random.Next(0, 80)),
                1 => Fragments(random, random.Next(1, 20)),
                2 => Mixed(random),
                _ => random.Next(20) == 0 ? Huge(random) : Fragments(random, random.Next(1, 60)),
            };
        }
    }

    private static string RandomUtf16(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(3) switch
            {
                0 => (char)random.Next(0x20, 0x7F),
                1 => (char)random.Next(0, 0x10000),
                _ => (char)random.Next(0, 0x3000),
            };
        }
        return new string(chars);
    }

    private static string Fragments(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(s_fragments[random.Next(s_fragments.Length)]);
            if (random.Next(3) != 0)
            {
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

    private static string Mixed(Random random) =>
        Fragments(random, random.Next(1, 10)) + RandomUtf16(random, random.Next(0, 20)) + Fragments(random, random.Next(1, 10));

    private static string Huge(Random random) =>
        random.Next(2) == 0 ? new string('a', 10_240) : Fragments(random, 2_000);
}
