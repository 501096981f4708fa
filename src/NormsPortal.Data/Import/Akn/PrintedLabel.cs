using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.Akn;

/// <summary>The numbering styles of UN texts, whatever script prints them.</summary>
internal enum LabelStyle
{
    /// <summary>1., 1 -, 一、 (paragraph numbers); 1.6 (dotted).</summary>
    Decimal,

    /// <summary>(a), a), (أ), ㈠, (十一): the first level of items.</summary>
    Letter,

    /// <summary>(i), i), ’1‘: the second level of items.</summary>
    Roman,

    /// <summary>A., B.: section letters.</summary>
    UpperLetter,

    /// <summary>I., II.: chapter numbers.</summary>
    UpperRoman,

    /// <summary>•: an unnumbered item.</summary>
    Bullet,
}

/// <summary>One way to read a label: "(i)" is the ninth letter or the first Roman numeral.</summary>
internal readonly record struct LabelReading(LabelStyle Style, int Ordinal);

/// <summary>
/// A paragraph number or item label as printed, and what it can mean. Each language prints the
/// same position its own way (English (a), Arabic (أ), Chinese ㈠ or (十一), Russian а) with a
/// Cyrillic а); reading every one as a style and an ordinal lets every language of a work end
/// up with the same anchors.
/// </summary>
internal sealed partial class PrintedLabel
{
    // The order Arabic UN texts letter their items: the abjad order (أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ).
    private const string ArabicAbjad = "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ";

    // Cyrillic letters that look like Latin ones; Russian texts use Latin item letters, and a
    // Cyrillic "а)" in their place is a typing slip.
    private const string CyrillicLookalikes = "асеорхуі";
    private const string LatinLookalikes = "aceopxyi";
    private const string RussianAlphabet = "абвгдежзиклмнопрстуфхцчшщэюя";

    private PrintedLabel(string printed, IReadOnlyList<LabelReading> readings, string? dotted)
    {
        Printed = printed;
        Readings = readings;
        Dotted = dotted;
    }

    /// <summary>The label as printed, without the full stop or dash that separates it from the text: <c>1</c>, <c>(a)</c>, <c>(أ)</c>.</summary>
    public string Printed { get; }

    /// <summary>The possible readings, the likelier first.</summary>
    public IReadOnlyList<LabelReading> Readings { get; }

    /// <summary>For a dotted number such as <c>1.6</c>, the number as printed; otherwise null.</summary>
    public string? Dotted { get; }

    public bool Has(LabelStyle style) => Readings.Any(r => r.Style == style);

    /// <summary>Whether the label is written in Chinese numerals (一、): Chinese texts number paragraphs that way and items 1., 2.</summary>
    public bool IsChineseNumeral => Printed.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    /// <summary>Reads the content of a <c>num</c> element; null when it is not a label at all.</summary>
    public static PrintedLabel? Parse(string raw)
    {
        var token = raw.Trim().Trim('\u200E', '\u200F', '\u00A0').Trim();
        if (token.Length == 0 || token.Length > 16)
        {
            return null;
        }

        if (token is "•" or "·" or "▪")
        {
            return new PrintedLabel(token, [new LabelReading(LabelStyle.Bullet, 0)], null);
        }

        var core = token.TrimEnd('.', '-', '、', ':', ' ', '\u2013');
        var printed = core.Length == 0 ? token : core;
        bool parenthesised = false, closingParenthesis = false, quoted = false;
        if (core.Length > 2 && core[0] is '(' or '（' && core[^1] is ')' or '）')
        {
            core = core[1..^1].Trim();
            parenthesised = true;
        }
        else if (core.Length > 1 && core[^1] == ')')
        {
            core = core[..^1];
            closingParenthesis = true;
        }
        else if (core.Length > 2 && core[0] == '’' && core[^1] == '‘')
        {
            core = core[1..^1];
            quoted = true;
        }

        var readings = ReadCore(core, parenthesised, quoted, out var dotted);
        if (readings.Count == 0)
        {
            return null;
        }

        // A bare "a" or "iv" is a word, not a label: Latin item letters always come with brackets.
        var bare = !parenthesised && !closingParenthesis && !quoted;
        if (bare && core.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        return new PrintedLabel(printed, readings, dotted);
    }

    /// <summary>
    /// Finds a label written at the start of a paragraph's text instead of in a <c>num</c>
    /// element (the Arabic "1 -", the "(a)" of items tagged as paragraphs). Weak shapes (a bare
    /// number, a bullet) count only when a tab separated them from the text.
    /// </summary>
    public static (PrintedLabel Label, int Length)? FindAtStart(string text, int firstTabGap)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var glued = GluedChineseLabel().Match(text);
        if (glued.Success)
        {
            var chinese = Parse(glued.Value);
            return chinese is null ? null : (chinese, glued.Length);
        }

        var arabicDash = ArabicDashNumber().Match(text);
        if (arabicDash.Success)
        {
            var dash = Parse(arabicDash.Value);
            return dash is null ? null : (dash, arabicDash.Length);
        }

        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var token = text[..end];
        var strong = StrongShape().IsMatch(token);
        var weak = !strong && WeakShape().IsMatch(token) && firstTabGap == end;
        if (!strong && !weak)
        {
            return null;
        }

        var label = Parse(token);
        return label is null ? null : (label, end);
    }

    /// <summary>The anchor form of an ordinal in a style: 1 → <c>a</c> (27 → <c>aa</c>), or 4 → <c>iv</c>.</summary>
    public static string Canonical(LabelStyle style, int ordinal) => style switch
    {
        LabelStyle.Letter or LabelStyle.UpperLetter => LetterLabel(ordinal),
        LabelStyle.Roman or LabelStyle.UpperRoman => RomanLabel(ordinal),
        _ => ordinal.ToString(CultureInfo.InvariantCulture),
    };

    private static List<LabelReading> ReadCore(string core, bool parenthesised, bool quoted, out string? dotted)
    {
        dotted = null;
        var readings = new List<LabelReading>(2);
        if (core.Length == 0)
        {
            return readings;
        }

        var digits = ToAsciiDigits(core);
        if (digits.Length <= 3 && digits.All(char.IsAsciiDigit))
        {
            var number = int.Parse(digits, CultureInfo.InvariantCulture);
            readings.Add(new LabelReading(quoted ? LabelStyle.Roman : LabelStyle.Decimal, number));
            return readings;
        }

        if (DottedNumber().IsMatch(digits))
        {
            dotted = digits;
            readings.Add(new LabelReading(LabelStyle.Decimal, int.Parse(digits[(digits.LastIndexOf('.') + 1)..], CultureInfo.InvariantCulture)));
            return readings;
        }

        if (core.Length == 1 && core[0] is >= '\u3220' and <= '\u3229')
        {
            readings.Add(new LabelReading(LabelStyle.Letter, core[0] - '\u3220' + 1));
            return readings;
        }

        var chinese = ChineseNumber(core);
        if (chinese > 0)
        {
            readings.Add(new LabelReading(parenthesised ? LabelStyle.Letter : LabelStyle.Decimal, chinese));
            return readings;
        }

        var arabic = ArabicLetter(core);
        if (arabic > 0)
        {
            readings.Add(new LabelReading(LabelStyle.Letter, arabic));
            return readings;
        }

        ReadLatin(FromCyrillic(core), readings);
        return readings;
    }

    private static void ReadLatin(string core, List<LabelReading> readings)
    {
        if (core.All(char.IsAsciiLetterLower))
        {
            var doubled = core.Length == 2 && core[0] == core[1];
            var roman = core.All(c => c is 'i' or 'v' or 'x') ? RomanValue(core) : 0;
            if (core.Length == 1)
            {
                readings.Add(new LabelReading(LabelStyle.Letter, core[0] - 'a' + 1));
            }

            if (roman > 0)
            {
                readings.Add(new LabelReading(LabelStyle.Roman, roman));
            }

            if (doubled)
            {
                readings.Add(new LabelReading(LabelStyle.Letter, 26 + core[0] - 'a' + 1));
            }
        }
        else if (core.All(char.IsAsciiLetterUpper))
        {
            var roman = core.All(c => c is 'I' or 'V' or 'X') ? RomanValue(core.ToLowerInvariant()) : 0;
            if (roman > 0)
            {
                readings.Add(new LabelReading(LabelStyle.UpperRoman, roman));
            }

            if (core.Length == 1)
            {
                readings.Add(new LabelReading(LabelStyle.UpperLetter, core[0] - 'A' + 1));
            }
        }
    }

    private static string FromCyrillic(string core)
    {
        if (core.Length != 1)
        {
            return core;
        }

        var lookalike = CyrillicLookalikes.IndexOf(core[0], StringComparison.Ordinal);
        if (lookalike >= 0)
        {
            return LatinLookalikes[lookalike].ToString();
        }

        var position = RussianAlphabet.IndexOf(core[0], StringComparison.Ordinal);
        return position >= 0 ? LetterLabel(position + 1) : core;
    }

    private static int ArabicLetter(string core)
    {
        // The tatweel in "هـ" only lengthens the letter.
        var letters = core.Replace("\u0640", "", StringComparison.Ordinal);
        if (letters.Length != 1)
        {
            return 0;
        }

        var letter = letters[0] switch
        {
            'أ' or 'إ' or 'آ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            var other => other,
        };
        var position = ArabicAbjad.IndexOf(letter, StringComparison.Ordinal);
        return position + 1;
    }

    private static int ChineseNumber(string core)
    {
        int total = 0, current = 0;
        foreach (var c in core)
        {
            var digit = "〇一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c == '零')
            {
                continue;
            }

            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return 0;
            }
        }

        return total + current;
    }

    private static string ToAsciiDigits(string value)
    {
        // Arabic-Indic (U+0660) and Eastern Arabic-Indic (U+06F0) digits print the same numbers.
        if (!value.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
        {
            return value;
        }

        return new string(value.Select(c => c switch
        {
            >= '\u0660' and <= '\u0669' => (char)('0' + c - '\u0660'),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + c - '\u06F0'),
            _ => c,
        }).ToArray());
    }

    private static int RomanValue(string roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var value = Digit(roman[i]);
            var next = i + 1 < roman.Length ? Digit(roman[i + 1]) : 0;
            total += value < next ? -value : value;
        }

        // Only canonical numerals: "iiii" or "vx" are not Roman numbers.
        return RomanLabel(total) == roman ? total : 0;

        static int Digit(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, _ => 0 };
    }

    private static string LetterLabel(int ordinal) => ordinal switch
    {
        >= 1 and <= 26 => ((char)('a' + ordinal - 1)).ToString(),
        >= 27 and <= 52 => new string((char)('a' + ordinal - 27), 2),
        _ => ordinal.ToString(CultureInfo.InvariantCulture),
    };

    private static string RomanLabel(int value)
    {
        if (value is <= 0 or >= 400)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] numerals = ["c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var result = "";
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                result += numerals[i];
                value -= values[i];
            }
        }

        return result;
    }

    // 一、 十二、 ㈠ (十一) （三）: Chinese labels need no space after them.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十百零〇]{1,4}、|[\u3220-\u3229]|[(（][一二三四五六七八九十百]{1,4}[)）])")]
    private static partial Regex GluedChineseLabel();

    // The Arabic paragraph number "1 -" (or "1-"), with Western or Arabic-Indic digits.
    [GeneratedRegex(@"^[0-9\u0660-\u0669]{1,3} ?-(?=\s|$)")]
    private static partial Regex ArabicDashNumber();

    [GeneratedRegex(@"^(?:\((?:[a-z]{1,4}|[A-Z]|[0-9]{1,3}|[\u0621-\u064A]{1,2}\u0640?|[а-я])\)|(?:[a-z]{1,4}|[а-я])\)|[0-9]{1,3}(?:\.[0-9]{1,3})*\.[\u200E\u200F]?|[0-9]{1,3}\.[0-9]{1,3}(?:\.[0-9]{1,3})*|’[0-9\u0660-\u0669]{1,2}‘)$")]
    private static partial Regex StrongShape();

    [GeneratedRegex(@"^(?:[0-9]{1,3}[\u200E\u200F]?|•)$")]
    private static partial Regex WeakShape();

    [GeneratedRegex(@"^[0-9]{1,3}(?:\.[0-9]{1,3})+$")]
    private static partial Regex DottedNumber();
}
