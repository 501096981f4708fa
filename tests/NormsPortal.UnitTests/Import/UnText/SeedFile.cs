using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.UnText;
using NormsPortal.Data.Symbols;

namespace NormsPortal.UnitTests.Import.UnText;

/// <summary>The seed draft as the build copies it next to the tests (see the project file).</summary>
internal static class SeedFile
{
    public static string FullPath => Path.Combine(AppContext.BaseDirectory, "SeedData", "seed", SeedDraftExpectation.FileName);

    public static string ReadText() => File.ReadAllText(FullPath);

    public static ParsedDocument Parse() =>
        UnTextParser.Parse(ReadText(), UnSymbol.FromFileName(SeedDraftExpectation.FileName), SeedDraftExpectation.FileName);
}
