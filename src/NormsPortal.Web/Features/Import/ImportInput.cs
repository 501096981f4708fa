using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.Import;

/// <summary>
/// What an import request sends: a file (<c>multipart/form-data</c>: <c>file</c>, optional <c>symbol</c> and
/// <c>language</c>, and <c>previewed</c> for the commit) or pasted text (JSON, <see cref="ImportTextRequest"/>).
/// The request body is bounded from the file limit: a file up to the limit reaches <see cref="ImportFileReader"/>,
/// which refuses one over it in the command's words; a body far beyond it is not read at all.
/// </summary>
public sealed record ImportInput(byte[] Content, ImportFileRequest Request, string? Previewed)
{
    /// <summary>Room for a form's or JSON's own bytes around the file (JSON escapes may double a text).</summary>
    private const long Envelope = 1024 * 1024;

    /// <summary>The input of <paramref name="http"/>, or why it cannot be read.</summary>
    public static async Task<(ImportInput? Input, string? Problem)> ReadAsync(HttpRequest http, ImportFileLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(limits);
        var maximum = (2 * limits.MaxFileBytes) + Envelope;
        if (http.ContentLength > maximum)
        {
            return (null, TooLarge(limits));
        }

        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maximum;
        }

        try
        {
            return http.HasFormContentType ? await ReadFormAsync(http, maximum, cancellationToken) : await ReadTextAsync(http, cancellationToken);
        }
        catch (Exception exception) when (exception is BadHttpRequestException or InvalidDataException or IOException)
        {
            return (null, exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException
                ? TooLarge(limits)
                : "The request could not be read: " + exception.Message);
        }
    }

    private static async Task<(ImportInput?, string?)> ReadFormAsync(HttpRequest http, long maximum, CancellationToken cancellationToken)
    {
        http.HttpContext.Features.Set<IFormFeature>(new FormFeature(http, new FormOptions { MultipartBodyLengthLimit = maximum }));
        var form = await http.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return (null, "Send the file to import in the form field \"file\" (Akoma Ntoso XML, UN text, PDF or Word .docx), or paste text as JSON { \"text\", \"symbol\" }.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return Checked(buffer.ToArray(), Path.GetFileName(file.FileName), form["symbol"], form["language"], form["previewed"]);
    }

    private static async Task<(ImportInput?, string?)> ReadTextAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        ImportTextRequest? sent;
        try
        {
            sent = await http.ReadFromJsonAsync<ImportTextRequest>(cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return (null, "Send a file as multipart/form-data (field \"file\"), or pasted text as JSON { \"text\", \"symbol\", \"language\" }.");
        }

        return string.IsNullOrWhiteSpace(sent?.Text)
            ? (null, "There is no text: paste the document's text in \"text\" and give its symbol in \"symbol\".")
            : Checked(Encoding.UTF8.GetBytes(sent.Text), ImportService.PastedName, sent.Symbol, sent.Language, sent.Previewed);
    }

    private static (ImportInput?, string?) Checked(byte[] content, string name, string? symbol, string? language, string? previewed)
    {
        var given = string.IsNullOrWhiteSpace(symbol) ? null : symbol.Trim();
        if (given is not null && SymbolLookup.WhyNotASymbol(given) is { } notASymbol)
        {
            return (null, notASymbol);
        }

        var code = string.IsNullOrWhiteSpace(language) ? Languages.English : language.Trim();
        if (!Languages.IsOfficial(code))
        {
            return (null, Languages.UnknownMessage(code));
        }

        return (new ImportInput(content, new ImportFileRequest(string.IsNullOrWhiteSpace(name) ? "upload" : name, given, code), previewed), null);
    }

    private static string TooLarge(ImportFileLimits limits) =>
        $"The request is far larger than the {ImportFileReader.Megabytes(limits.MaxFileBytes)} MB an import file may be ({ImportFileLimits.SectionName}:{nameof(ImportFileLimits.MaxFileBytes)}).";
}
