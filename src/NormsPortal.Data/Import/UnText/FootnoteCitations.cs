namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// The footnotes of a document and which of them its text has cited so far, read in order.
/// UN documents number footnotes in the order of their first citation, so a marker can only be a
/// footnote already cited or the lowest one not cited yet: after footnote 1, a stray "3" is not a
/// marker. This is what keeps real numbers ("paragraph 3", "5 December") from being taken for markers.
/// </summary>
public sealed class FootnoteCitations
{
    private readonly SortedSet<int> _footnotes;
    private readonly SortedSet<int> _cited = [];

    /// <param name="footnoteNumbers">The numbers of the footnotes the document prints.</param>
    public FootnoteCitations(IEnumerable<int> footnoteNumbers)
    {
        _footnotes = new SortedSet<int>(footnoteNumbers);
    }

    /// <summary>Whether a marker <paramref name="number"/> may stand at the current place of the text.</summary>
    public bool CanCite(int number)
    {
        if (!_footnotes.Contains(number))
        {
            return false;
        }

        return _cited.Contains(number) || number == _footnotes.FirstOrDefault(footnote => !_cited.Contains(footnote));
    }

    /// <summary>Records that the text cites footnote <paramref name="number"/> here.</summary>
    public void Cite(int number) => _cited.Add(number);

    /// <summary>The footnotes no marker has cited, lowest first.</summary>
    public IEnumerable<int> Uncited => _footnotes.Where(footnote => !_cited.Contains(footnote));
}
