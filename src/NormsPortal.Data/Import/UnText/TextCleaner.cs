namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// The repairs every piece of running text gets (headings, paragraphs, footnotes), in order:
/// white space first, so that the other rules see single spaces; then spaced hyphens; then split words.
/// </summary>
internal static class TextCleaner
{
    public static RepairedText Clean(string text, Vocabulary vocabulary)
    {
        var spaced = ExtraSpaces.Collapse(text);
        var hyphens = HyphenSpace.Repair(spaced.Text);
        var words = SplitWords.Join(hyphens.Text, vocabulary);
        return new RepairedText(words.Text, [.. spaced.Repairs, .. hyphens.Repairs, .. words.Repairs]);
    }
}
