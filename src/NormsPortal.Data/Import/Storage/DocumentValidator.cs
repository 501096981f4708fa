using System.Globalization;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// The checks made before a document touches the database, so that what would otherwise surface
/// as a constraint violation (two provisions with one anchor) is reported in words.
/// </summary>
internal static class DocumentValidator
{
    /// <summary>The reasons the document cannot be stored; empty when it can.</summary>
    public static IReadOnlyList<ImportMessage> Validate(ParsedDocument document, ImportOptions options)
    {
        // A parser's error means the document could not be read as a whole.
        var errors = document.Messages.Where(m => m.Severity == ImportSeverity.Error).ToList();

        foreach (var (name, value) in new[]
        {
            (nameof(ParsedDocument.Symbol), document.Symbol),
            (nameof(ParsedDocument.Language), document.Language),
            (nameof(ParsedDocument.SourceName), document.SourceName),
            (nameof(ParsedDocument.SourceFormat), document.SourceFormat),
        })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(Error(ImportCodes.MissingField, $"The document has no {name}.", document));
            }
        }

        var duplicates = document.AllProvisions()
            .GroupBy(p => p.Anchor, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            errors.Add(Error(
                ImportCodes.DuplicateAnchor,
                string.Create(CultureInfo.InvariantCulture, $"The anchor '{duplicate.Key}' is used by {duplicate.Count()} provisions; an anchor must name one provision."),
                document,
                duplicate.Key));
        }

        if (options.TextOf is { } target && !string.IsNullOrWhiteSpace(document.Symbol)
            && UnSymbol.Normalise(target.Symbol) == UnSymbol.Normalise(document.Symbol))
        {
            errors.Add(Error(ImportCodes.TextOfItself, $"The document cannot be stored as the text of itself ({target.Symbol}).", document));
        }

        return errors;
    }

    private static ImportMessage Error(string code, string text, ParsedDocument document, string? anchor = null) =>
        new(ImportSeverity.Error, code, text, anchor is null ? document.SourceName : $"{document.SourceName} #{anchor}");
}
