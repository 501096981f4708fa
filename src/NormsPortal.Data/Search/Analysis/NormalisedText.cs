using System.Buffers;
using System.Globalization;
using System.Text;

namespace NormsPortal.Data.Search.Analysis;

/// <summary>
/// A text made safe and NFKC-normal for the analysers, with the way back from its offsets to the
/// original text's: lone surrogates and control characters become spaces (same length), and each
/// text element (grapheme cluster) is normalised on its own, so every normalised character maps to
/// the element it came from.
/// </summary>
internal sealed class NormalisedText
{
    /// <summary>
    /// Every character the loop of <see cref="Sanitise"/> may blank: the controls (U+0000–U+001F, U+007F–U+009F), the
    /// surrogates (a pair may hold a noncharacter, a lone one is blanked) and the noncharacters U+FDD0–U+FDEF, U+FFFE
    /// and U+FFFF.
    /// </summary>
    private static readonly SearchValues<char> s_mayNeedBlanking = SearchValues.Create(
        Range('\u0000', '\u001F') + Range('\u007F', '\u009F') + Range('\uD800', '\uDFFF') + Range('\uFDD0', '\uFDEF') + "\uFFFE\uFFFF");

    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private NormalisedText(string text, int[]? starts, int[]? ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    public static NormalisedText Of(string original)
    {
        var safe = Sanitise(original);
        if (safe.IsNormalized(NormalizationForm.FormKC))
        {
            // The common case: offsets are the original's.
            return new NormalisedText(safe, null, null);
        }
        var builder = new StringBuilder(safe.Length + 16);
        var starts = new List<int>(safe.Length + 16);
        var ends = new List<int>(safe.Length + 16);
        for (var start = 0; start < safe.Length;)
        {
            var length = TextElementLength(safe, start);
            var end = start + length;
            if (length == 1 && char.IsAscii(safe[start]))
            {
                // NFKC leaves every ASCII character as it is: no string to cut and normalise (most of a text).
                builder.Append(safe[start]);
                starts.Add(start);
                ends.Add(end);
            }
            else
            {
                var normal = safe.Substring(start, length).Normalize(NormalizationForm.FormKC);
                builder.Append(normal);
                for (var i = 0; i < normal.Length; i++)
                {
                    starts.Add(start);
                    ends.Add(end);
                }
            }

            start = end;
        }
        return new NormalisedText(builder.ToString(), starts.ToArray(), ends.ToArray());
    }

    /// <summary>
    /// The length of the text element (grapheme cluster) that starts at <paramref name="start"/>, the same as
    /// <see cref="StringInfo.GetTextElementEnumerator(string)"/>'s. An ASCII character followed by another is an
    /// element of its own (UAX #29 joins no two ASCII characters but CR LF), so the costly segmentation runs only
    /// where a non-ASCII character follows.
    /// </summary>
    private static int TextElementLength(string text, int start) =>
        char.IsAscii(text[start]) && text[start] != '\r' && (start + 1 == text.Length || char.IsAscii(text[start + 1]))
            ? 1
            : StringInfo.GetNextTextElementLength(text.AsSpan(start));

    /// <summary>The original offset of a start offset in <see cref="Text"/>.</summary>
    public int OriginalStart(int offset) =>
        _starts is null ? offset : offset < _starts.Length ? _starts[offset] : _ends is { Length: > 0 } ? _ends[^1] : 0;

    /// <summary>The original offset of an (exclusive) end offset in <see cref="Text"/>.</summary>
    public int OriginalEnd(int offset) =>
        _ends is null ? offset : offset <= 0 ? 0 : _ends[Math.Min(offset, _ends.Length) - 1];

    /// <summary>
    /// The text with lone surrogates, control characters and Unicode noncharacters (U+FDD0–U+FDEF and
    /// every code point ending in FFFE or FFFF) as spaces, same length, same offsets: .NET's
    /// normalisation refuses a string holding any of them, and none can be part of a word.
    /// </summary>
    public static string Sanitise(string text)
    {
        if (!text.AsSpan().ContainsAny(s_mayNeedBlanking))
        {
            // Nearly every text: one vectorised pass instead of a test of each character.
            return text;
        }

        char[]? copy = null;
        void Blank(int index, int length)
        {
            copy ??= text.ToCharArray();
            copy.AsSpan(index, length).Fill(' ');
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                {
                    Blank(i, 2);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || IsNoncharacter(c))
            {
                Blank(i, 1);
            }
        }

        return copy is null ? text : new string(copy);
    }

    private static string Range(char first, char last) =>
        string.Create(last - first + 1, first, static (span, first) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(first + i);
            }
        });

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
