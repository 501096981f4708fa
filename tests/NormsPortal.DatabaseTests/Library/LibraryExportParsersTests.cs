using System.Diagnostics;
using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Library;
using static NormsPortal.DatabaseTests.Library.LibraryUnderTest;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>
/// The library's citation files read back by parsers independent of the portal (tests/export-parsers, Citation.js
/// under Node.js, installed by test.sh): a library with awkward content comes back field by field as it was written.
/// </summary>
public sealed class LibraryExportParsersTests
{
    private const string ReportSymbol = "A/78/265";

    private const string ReportTitle = "Rapport « sur » {la sécurité} & 100% \\ $5 #1 ~x^2 — “ICT” — 信息安全 — الأمن السيبراني";

    private const string MarkdownNote = """
        **Café** _naïve_ Ærø, see [the report](https://example.org/a_b?x=1&y=2#frag)
        - {braces} \backslash $dollar$ 100% #hash ~tilde ^caret & _under_
        - "double" and 'single' quotes, `code`
        العربية 中文
        """;

    private static readonly Uri s_site = new("https://portal.example/");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ExportCitations_AwkwardContent_ReadBackByIndependentParsersAsWritten(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        await using (var db = library.Database.CreateContext())
        {
            db.Works.Add(new Work { Symbol = ReportSymbol, Kind = WorkKind.Report, Session = 78, Title = ReportTitle });
            await db.SaveChangesAsync(Cancel);
        }

        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: MarkdownNote);
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = Quote }, note: "Knowledge {is} 50% of it.");
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "pp1", Quote = "回顾其关于信息安全的各项决议" });
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = ReportSymbol }, note: "ملاحظة: الأمن");
        const string resolution = "Developments in the field of information and telecommunications in the context of international security";
        object[] expected =
        [
            Entry(resolution, "A/RES/73/27", "para. 1.6", MarkdownNote, "A/RES/73/27#op1.6"),
            Entry(resolution, "A/RES/73/27", "para. 1.6", "“" + Quote + "” Knowledge {is} 50% of it.", "A/RES/73/27#op1.6"),
            Entry(resolution, "A/RES/73/27", "first preambular paragraph", "“回顾其关于信息安全的各项决议”", "A/RES/73/27#pp1"),
            Entry(ReportTitle, ReportSymbol, null, "ملاحظة: الأمن", ReportSymbol),
        ];

        var folder = Directory.CreateTempSubdirectory("normsportal-exports-");
        try
        {
            foreach (var format in new[] { "bibtex", "ris", "csl-json" })
            {
                var file = await library.Export.RenderAsync(Alice, format, null, s_site, Cancel);
                await File.WriteAllBytesAsync(Path.Combine(folder.FullName, file.FileName), file.Content, Cancel);
            }

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "expected.json"), JsonSerializer.Serialize(new { entries = expected }), Cancel);

            var (exitCode, output) = await RunCheckerAsync(folder.FullName);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static object Entry(string title, string symbol, string? pinpoint, string note, string path) =>
        new { title, symbol, pinpoint, note, url = new Uri(s_site, "documents/" + path).AbsoluteUri };

    /// <summary>Runs tests/export-parsers/check-exports.mjs over <paramref name="folder"/>: its exit code and what it printed.</summary>
    private static async Task<(int ExitCode, string Output)> RunCheckerAsync(string folder)
    {
        var checker = Path.Combine(ExportParsersFolder(), "check-exports.mjs");
        Assert.True(Directory.Exists(Path.Combine(ExportParsersFolder(), "node_modules")),
            "The export parsers are not installed: run 'npm ci' in tests/export-parsers (test.sh does).");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(checker);
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var errors = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel).WaitAsync(TimeSpan.FromMinutes(1), Cancel);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>tests/export-parsers of the repository the tests were built from, found upwards from the test assembly.</summary>
    private static string ExportParsersFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "export-parsers");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/export-parsers was not found above " + AppContext.BaseDirectory);
    }
}
