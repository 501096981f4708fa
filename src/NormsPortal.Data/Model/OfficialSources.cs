using System.Text.RegularExpressions;
using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Files.Pdf;
using NormsPortal.Data.Import.Files.Word;
using NormsPortal.Data.Import.UnText;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Model;

/// <summary>
/// The one rule for what a <see cref="Fact.Verified"/> fact is: <b>confirmed by an official UN source,
/// named as such</b> in its <see cref="Fact.Source"/>. A value read from the UN's own file of a
/// document (its Akoma Ntoso file, or the text of its PDF) is verified; a value seen only on a
/// third-party page or in a research data set is not, however trustworthy. Every writer applies it:
/// the importers name their file with <see cref="NameDocument"/>, the seed catalogue asks
/// <see cref="AreNamedIn"/> of each fact's sources.
/// </summary>
public static partial class OfficialSources
{
    /// <summary>
    /// The source of what an importer read from a UN document, as a person would cite it:
    /// "UN AKN file of A/RES/75/240, English" (never a file path, which means nothing to a reader).
    /// Every importer names its source here.
    /// </summary>
    public static string NameDocument(string symbol, string language, string sourceFormat)
    {
        var languageName = Languages.EnglishName(language);
        return sourceFormat switch
        {
            AknParser.SourceFormat => $"UN AKN file of {symbol}, {languageName}",
            UnTextParser.SourceFormat => $"UN document {symbol} (text of its PDF), {languageName}",
            PdfTextReader.SourceFormat => $"UN document {symbol} (its PDF), {languageName}",
            WordTextReader.SourceFormat => $"UN document {symbol} (its Word file), {languageName}",
            _ => $"UN document {symbol}, {languageName}",
        };
    }

    /// <summary>The source of what the AKN corpus's metadata file says of a document (a vote it fills in): "UN AKN metadata of A/RES/75/240".</summary>
    public static string NameMetadata(string symbol) => $"UN AKN metadata of {symbol}";

    /// <summary>
    /// Whether <paramref name="source"/> names an official UN source: a UN file named by
    /// <see cref="NameDocument"/> or <see cref="NameMetadata"/>, or an address on a UN domain (un.org and its sites, undocs.org,
    /// unoda.org, ohchr.org). A source naming only other pages or data sets does not.
    /// </summary>
    public static bool AreNamedIn(string? source) =>
        source is not null && (source.StartsWith("UN AKN ", StringComparison.Ordinal)
            || source.StartsWith("UN document ", StringComparison.Ordinal)
            || UnAddress().IsMatch(source));

    [GeneratedRegex(@"(?<![\w.-])(?:https?://)?(?:[a-z0-9-]+\.)*(?:un|undocs|unoda|ohchr)\.org(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnAddress();
}
