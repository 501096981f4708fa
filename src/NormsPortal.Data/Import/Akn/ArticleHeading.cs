using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Recognises the heading of a treaty article in the six official languages ("Article 4",
/// "Article premier", "Artículo 4", "Статья 4", "المادة 4", "第四条"). Paragraph numbers restart in every article,
/// so the article's number becomes the section of its anchors (<c>art4-op1</c>). Chapter headings
/// are recognised too, so that they are never mistaken for the tail of a list item.
/// </summary>
internal static partial class ArticleHeading
{
    public static bool TryRead(string text, out int number)
    {
        number = 0;
        var match = ArticlePattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["first"].Success)
        {
            number = 1;
        }
        else if (match.Groups["digits"].Success)
        {
            var digits = new string(match.Groups["digits"].Value.Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + c - '\u0660') : c).ToArray());
            number = int.Parse(digits, CultureInfo.InvariantCulture);
        }
        else
        {
            number = PrintedLabel.Parse("(" + match.Groups["chinese"].Value + ")")?.Readings[0].Ordinal ?? 0;
        }

        return number > 0;
    }

    // The number may be followed by the article's title on the same line ("Article 2 Terminologie").
    /// <summary>Whether a line is the heading of an article or a chapter: such a heading always starts a new part of the text.</summary>
    public static bool IsStructural(string text) => TryRead(text, out _) || ChapterPattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:Chapter|Chapitre|Capítulo|Capitulo|Глава|الفصل)\s+\S+|^第[一二三四五六七八九十百零〇]{1,6}章", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterPattern();

    [GeneratedRegex(@"^(?:(?:Article|Artículo|Articulo|Статья|المادة)\s+(?:(?<digits>[0-9\u0660-\u0669]{1,3})|(?<first>premier|primero|первая|الأولى))|第(?<chinese>[一二三四五六七八九十百零〇]{1,6})条)\.?(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePattern();
}
