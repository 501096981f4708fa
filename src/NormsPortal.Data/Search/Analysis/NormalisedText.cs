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
        var elements = StringInfo.GetTextElementEnumerator(safe);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var start = elements.ElementIndex;
            var normal = element.Normalize(NormalizationForm.FormKC);
            builder.Append(normal);
            for (var i = 0; i < normal.Length; i++)
            {
                starts.Add(start);
                ends.Add(start + element.Length);
            }
        }
        return new NormalisedText(builder.ToString(), starts.ToArray(), ends.ToArray());
    }

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

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
