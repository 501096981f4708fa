using System.Globalization;
using System.Text;

namespace NormsPortal.Data.Anchors;

/// <summary>
/// The anchor grammar: how a provision is named in URLs (<c>#op1.6</c>), citations, bookmarks and
/// annotations. Anchors come from the printed numbering, never from row ids or positions in a
/// file, so they are the same in every language of a work and survive a re-import.
/// <list type="bullet">
/// <item><c>pp3</c>: the third preambular paragraph (preambular paragraphs are unnumbered, so by position).</item>
/// <item><c>op1</c>, <c>op1.6</c>: an operative (numbered) paragraph by its printed number; reports' numbered paragraphs too.</item>
/// <item><c>op4a</c>, <c>op4a.ii</c>, <c>op1.6a</c>: a nested item: a letter is appended to a number, anything else after a dot.</item>
/// <item><c>fn2</c>: footnote 2.</item>
/// <item><c>oph3</c>, <c>oph3a</c>: the third heading, by position (<c>h</c> is never a printed paragraph number), and an item under it.</item>
/// <item><c>formula</c>: the enacting formula ("The General Assembly,"), the same in every language; not a numbered paragraph.</item>
/// <item><c>annex-op3</c>, <c>annex2-pp1</c>: a prefix where numbering restarts, in an annex or a section.</item>
/// </list>
/// <see cref="ParsedAnchor"/> reads every form back; <see cref="AnchorLabel"/> puts it into words.
/// </summary>
public static class ProvisionAnchor
{
    public const string PreamblePrefix = "pp";
    public const string OperativePrefix = "op";
    public const string FootnotePrefix = "fn";
    public const string HeadingPrefix = "oph";

    /// <summary>The anchor of the enacting formula.</summary>
    public const string Formula = "formula";

    /// <summary>The anchor of the <paramref name="position"/>th (1-based) preambular paragraph.</summary>
    public static string Preamble(int position, string? section = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        return WithSection(section, PreamblePrefix + position.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The anchor of an operative paragraph from its printed number (<c>1</c>, <c>1.6</c>, <c>4 (a)</c>).</summary>
    public static string Operative(string printedNumber, string? section = null)
    {
        var label = NormaliseLabel(printedNumber);
        if (label.Length == 0)
        {
            throw new ArgumentException("An operative paragraph needs a printed number.", nameof(printedNumber));
        }

        return WithSection(section, OperativePrefix + label);
    }

    /// <summary>The anchor of an item nested in <paramref name="parentAnchor"/>, from its printed label (<c>(a)</c>, <c>ii)</c>, <c>1.6</c>).</summary>
    public static string Item(string parentAnchor, string printedLabel)
    {
        var label = NormaliseLabel(printedLabel);
        if (label.Length == 0)
        {
            throw new ArgumentException("An item needs a printed label.", nameof(printedLabel));
        }

        // "1.6" under "op1" is printed in full: its label already carries the parent's number.
        var (section, local) = SplitSection(parentAnchor);
        if (local.StartsWith(OperativePrefix, StringComparison.Ordinal)
            && label.StartsWith(local[OperativePrefix.Length..] + ".", StringComparison.Ordinal))
        {
            return WithSection(section, OperativePrefix + label);
        }

        var appendsLetter = IsSingleLetter(label) && char.IsDigit(parentAnchor[^1]);
        return parentAnchor + (appendsLetter ? label : "." + label);
    }

    /// <summary>The anchor of footnote <paramref name="number"/>.</summary>
    public static string Footnote(string number, string? section = null)
    {
        var label = NormaliseLabel(number);
        if (label.Length == 0)
        {
            throw new ArgumentException("A footnote needs a number.", nameof(number));
        }

        return WithSection(section, FootnotePrefix + label);
    }

    /// <summary>The anchor of the <paramref name="position"/>th (1-based) heading, which is not numbered in the anchor even when printed with a number.</summary>
    public static string Heading(int position, string? section = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        return WithSection(section, HeadingPrefix + position.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whether <paramref name="anchor"/> follows the grammar.</summary>
    public static bool IsValid(string? anchor) => ParsedAnchor.TryParse(anchor, out _);

    /// <summary>The section prefix (or null) and the local part of an anchor.</summary>
    public static (string? Section, string Local) SplitSection(string anchor)
    {
        var dash = anchor.LastIndexOf('-');
        return dash < 0 ? (null, anchor) : (anchor[..dash], anchor[(dash + 1)..]);
    }

    /// <summary>
    /// Lower-cases a printed number or label and keeps only letters, digits and inner dots:
    /// <c>"4 (a)"</c> → <c>4a</c>, <c>"(ii)"</c> → <c>ii</c>, <c>"1.6."</c> → <c>1.6</c>.
    /// </summary>
    public static string NormaliseLabel(string printed)
    {
        var builder = new StringBuilder(printed.Length);
        foreach (var c in printed.Trim())
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '.' && builder.Length > 0 && builder[^1] != '.')
            {
                builder.Append('.');
            }
        }

        return builder.ToString().Trim('.');
    }

    private static bool IsSingleLetter(string label) => label.Length == 1 && char.IsAsciiLetterLower(label[0]);

    private static string WithSection(string? section, string local)
    {
        if (string.IsNullOrEmpty(section))
        {
            return local;
        }

        var prefix = NormaliseLabel(section).Replace(".", "", StringComparison.Ordinal);
        return prefix.Length == 0 ? local : prefix + "-" + local;
    }
}
