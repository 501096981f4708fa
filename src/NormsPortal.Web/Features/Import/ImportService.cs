using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Compare;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Import;

/// <summary>
/// Importing from the browser with what the <c>import</c> command uses: <see cref="ImportFileReader"/> (the same
/// formats, limits and refusals) and <see cref="DocumentImporter"/> (the same rules, one transaction per document).
/// A preview writes each document in its transaction and rolls it back (<see cref="ImportOptions.Preview"/>), so what
/// it shows (outcome, annotations moved or orphaned, bookmarks that would lose their place) is what the import does.
/// The commit reads the input again and stores it only when it is the input previewed (<see cref="Fingerprint"/>):
/// nothing parsed by a client is trusted, and nothing is held between the two requests. Every commit is audited.
/// </summary>
public sealed class ImportService(IDbContextFactory<PortalDbContext> contexts, ImportFileLimits limits, IAuditLog audit)
{
    /// <summary>The name pasted text goes by in messages and as the text's source.</summary>
    public const string PastedName = "pasted.txt";

    /// <summary>Reads the input and says what importing it would do; nothing is stored.</summary>
    public async Task<LibraryOutcome<ImportPreviewDto>> PreviewAsync(byte[] content, ImportFileRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (read, refusal) = Read(content, request);
        if (read is null)
        {
            return LibraryOutcome.Invalid<ImportPreviewDto>(refusal!);
        }

        var finder = new CrossReferenceFinder();
        var importer = new DocumentImporter(contexts, finder);
        var documents = new List<ImportDocumentPreviewDto>();
        foreach (var document in read.Documents)
        {
            var result = await importer.ImportAsync(document, new ImportOptions { Preview = true }, cancellationToken);
            documents.Add(await PreviewOfAsync(document, result, finder, cancellationToken));
        }

        return LibraryOutcome.Done(new ImportPreviewDto(FormatName(read.Format), read.SourceName, Fingerprint(content, request), documents));
    }

    /// <summary>Stores the input when it is the one previewed (<paramref name="previewed"/>), by <paramref name="userId"/>; audited.</summary>
    public async Task<LibraryOutcome<ImportCommitDto>> CommitAsync(
        string userId, byte[] content, ImportFileRequest request, string? previewed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(previewed) || !string.Equals(previewed.Trim(), Fingerprint(content, request), StringComparison.Ordinal))
        {
            return LibraryOutcome.Invalid<ImportCommitDto>(
                "This is not the input that was previewed (\"previewed\" is missing or does not match): preview it first, then commit the same file, symbol and language with the \"previewed\" value the preview gave.");
        }

        var (read, refusal) = Read(content, request);
        if (read is null)
        {
            return LibraryOutcome.Invalid<ImportCommitDto>(refusal!);
        }

        var summary = await new DocumentImporter(contexts, new CrossReferenceFinder()).ImportManyAsync(read.Documents, cancellationToken: cancellationToken);
        var results = summary.Results.Select(r => new ImportDocumentResultDto(r.Symbol, r.Language, OutcomeName(r.Outcome), [.. r.Messages.Select(ToDto)])).ToList();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var target = AuditTargets.Of("import", string.Join(",", read.Documents.Select(d => UnSymbol.Normalise(d.Symbol) + "@" + d.Language).Distinct(StringComparer.Ordinal)));
            await audit.RecordAsync(db, userId, ImportActions.Committed, target, null,
                new { read.SourceName, Format = FormatName(read.Format), Previewed = previewed, Documents = results.Select(r => new { r.Symbol, r.Language, r.Outcome, Messages = r.Messages.Select(m => m.Code + " " + m.Location) }) },
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return LibraryOutcome.Done(new ImportCommitDto(results));
    }

    /// <summary>
    /// Names the exact input: the bytes, the symbol and the language given (the file's name gives the symbol
    /// when none is). A commit with another file, or the same file under another symbol, is another import.
    /// </summary>
    public static string Fingerprint(byte[] content, ImportFileRequest request)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(request);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData(Encoding.UTF8.GetBytes("\n" + request.SourceName + "\n" + request.Symbol + "\n" + request.Language));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The file read as the command reads one, or the refusal in the command's words.</summary>
    private (ImportFileResult? Read, string? Refusal) Read(byte[] content, ImportFileRequest request)
    {
        var read = ImportFileReader.Read(content, request, limits);
        var errors = read.AllMessages().Where(m => m.Severity == ImportSeverity.Error).Select(m => m.Text).ToList();
        if (errors.Count > 0 || read.Documents.Count == 0)
        {
            return (null, errors.Count > 0 ? string.Join(" ", errors) : $"{request.SourceName} holds no document.");
        }

        return (read, null);
    }

    private async Task<ImportDocumentPreviewDto> PreviewOfAsync(ParsedDocument document, DocumentImportResult result, CrossReferenceFinder finder, CancellationToken cancellationToken)
    {
        var paragraphs = document.Provisions.SelectMany(p => p.SelfAndDescendants()).Select(ToDto).ToList();
        return new ImportDocumentPreviewDto(
            UnSymbol.Normalise(document.Symbol),
            document.Language,
            OutcomeName(result.Outcome),
            Facts(document),
            paragraphs,
            [.. document.Footnotes.Select(ToDto)],
            [.. finder.Find(document).Select(r => new ImportCrossReferenceDto(r.SourceAnchor, r.MatchedText, r.TargetSymbol, r.TargetAnchor))],
            [.. document.Messages.Concat(result.Messages.Where(m => m.Code is not (ImportCodes.AnnotationOrphaned or ImportCodes.AnnotationMoved))).Select(ToDto)],
            await ChangesAsync(document, paragraphs, cancellationToken),
            [.. result.Messages.Where(m => m.Code == ImportCodes.AnnotationOrphaned).Select(ToDto)],
            [.. result.Messages.Where(m => m.Code == ImportCodes.AnnotationMoved).Select(ToDto)],
            result.BookmarksLost);
    }

    /// <summary>The held text's paragraphs aligned with the new ones (the compare feature's aligner), only those that change; null for a text not held.</summary>
    private async Task<IReadOnlyList<AlignedParagraph>?> ChangesAsync(ParsedDocument document, List<ImportParagraphDto> paragraphs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var symbol = UnSymbol.Normalise(document.Symbol);
        var held = await db.Provisions.AsNoTracking()
            .Where(p => p.Expression.Work.Symbol == symbol && p.Expression.Language == document.Language && p.Kind != ProvisionKind.Footnote)
            .OrderBy(p => p.Ordinal)
            .Select(p => new { p.Anchor, p.Number, p.Kind, p.Text })
            .ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return null;
        }

        var before = held.Select(p => new ComparedParagraph(p.Anchor, p.Number, KindName(p.Kind), p.Text)).ToList();
        var after = paragraphs.Select(p => new ComparedParagraph(p.Anchor, p.Number, p.Kind, p.Text)).ToList();
        return [.. ParagraphAligner.Align(before, after).Where(a => a.Change != ParagraphChange.Unchanged)];
    }

    private static Dictionary<string, string> Facts(ParsedDocument document)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                facts[name] = text;
            }
        }

        Add("title", document.Title);
        Add("date", document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("session", document.Session);
        Add("body", document.Body);
        Add("committee", document.Committee);
        Add("agendaItem", document.AgendaItem);
        Add("draft", document.DraftSymbol);
        Add("committeeReport", document.CommitteeReport);
        Add("meeting", document.Meeting);
        Add("adoptionMode", document.AdoptionMode);
        return facts;
    }

    private static ImportParagraphDto ToDto(ParsedProvision provision) => new(provision.Anchor, provision.Number, KindName(provision.Kind), provision.Text);

    private static ImportMessageDto ToDto(ImportMessage message) =>
        new(message.Severity.ToString().ToLowerInvariant(), message.Code, message.Text, message.Location);

    private static string KindName(ProvisionKind kind) => kind.ToString().ToLowerInvariant();

    private static string OutcomeName(ImportOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static string FormatName(ImportFileFormat format) => format.ToString().ToLowerInvariant();
}
