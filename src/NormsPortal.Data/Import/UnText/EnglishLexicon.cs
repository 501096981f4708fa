using System.Collections.Frozen;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// About ten thousand English words of General Assembly resolutions (see
/// <c>EnglishLexicon.Words.cs</c>). The split-word repair needs to know both that a joined form is
/// a word and that its parts are not: a small list would take a real pair such as "in formation"
/// for a split "information", so the list is large.
/// </summary>
public static partial class EnglishLexicon
{
    private static readonly Lazy<FrozenSet<string>> _words = new(
        () => Words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="lowerCaseWord"/> (lower-case letters) is a known word.</summary>
    public static bool Contains(string lowerCaseWord) => _words.Value.Contains(lowerCaseWord);
}
