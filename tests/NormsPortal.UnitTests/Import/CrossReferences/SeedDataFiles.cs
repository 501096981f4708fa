using System.Text;
using System.Xml.Linq;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>The seed data copied next to the test assembly (see the project file).</summary>
internal static class SeedDataFiles
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>The AKN files of the ICT resolutions in one language (en, fr, es, ru, zh, ar).</summary>
    public static IEnumerable<string> IctFiles(string language) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "SeedData", "akn", "ict", language), "*.xml")
            .Where(file => new FileInfo(file).Length > 0) // ru/A_RES_74_28.xml is empty in the UN's release.
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Every <c>p</c> of an AKN file with its text and hyperlinks (offsets into that text). A footnote
    /// (<c>authorialNote</c>) inside a paragraph is left out of it: its own <c>p</c> is read separately.
    /// </summary>
    public static IEnumerable<(string Text, List<ParsedLink> Links)> AknParagraphs(string path)
    {
        foreach (var paragraph in XDocument.Load(path).Descendants(Akn + "p"))
        {
            var text = new StringBuilder();
            var links = new List<ParsedLink>();
            Collect(paragraph, text, links);
            yield return (text.ToString(), links);
        }
    }

    private static void Collect(XElement element, StringBuilder text, List<ParsedLink> links)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText content:
                    text.Append(content.Value);
                    break;
                case XElement { Name.LocalName: "authorialNote" }:
                    break;
                case XElement { Name.LocalName: "a" } link:
                    var start = text.Length;
                    Collect(link, text, links);
                    links.Add(new ParsedLink("", start, text.Length - start, (string?)link.Attribute("href") ?? "", text.ToString(start, text.Length - start)));
                    break;
                case XElement child:
                    Collect(child, text, links);
                    break;
            }
        }
    }
}
