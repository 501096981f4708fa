using System.Text;
using System.Xml.Linq;
using NormsPortal.Data.Import.Akn;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>Where the tests find the UN's AKN files (the seed data copied to the build output, the fixtures beside these tests), and independent ways to look into them.</summary>
internal static class AknTestData
{
    public static readonly string[] Languages = ["en", "fr", "es", "ru", "zh", "ar"];

    /// <summary>SeedData/akn/ict in the build output.</summary>
    public static string IctFolder { get; } = Path.Combine(AppContext.BaseDirectory, "SeedData", "akn", "ict");

    /// <summary>The fixtures folder, found by walking up from the build output to the repository.</summary>
    public static string FixturesFolder { get; } = FindFixtures();

    public static string Ict(string language, string fileName) => Path.Combine(IctFolder, language, fileName);

    public static string Fixture(string fileName) => Path.Combine(FixturesFolder, fileName);

    /// <summary>Parses a seed file under the name "en/A_RES_74_28.xml".</summary>
    public static AknParseResult ParseIct(string language, string fileName) =>
        AknParser.ParseFile(Ict(language, fileName), $"{language}/{fileName}");

    public static AknParseResult ParseText(string xml, string sourceName = "snippet.xml") =>
        AknParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), sourceName);

    /// <summary>The file read with plain LINQ to XML, to count what the parser should have found.</summary>
    public static XDocument LoadXml(string path) => XDocument.Load(path, LoadOptions.PreserveWhitespace);

    public static IEnumerable<XElement> Named(this XContainer container, string localName) =>
        container.Descendants().Where(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> ChildrenNamed(this XContainer container, string localName) =>
        container.Elements().Where(e => e.Name.LocalName == localName);

    private static string FindFixtures()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "NormsPortal.UnitTests", "Import", "Akn", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The AKN test fixtures were not found above " + AppContext.BaseDirectory);
    }
}
