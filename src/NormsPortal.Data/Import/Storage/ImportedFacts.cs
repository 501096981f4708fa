using System.Globalization;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>The facts a parsed document states, as (key, value) in the forms facts are stored in.</summary>
internal static class ImportedFacts
{
    /// <summary>The format of a <see cref="FactKeys.Date"/> value.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public static IEnumerable<(string Key, string Value)> Of(ParsedDocument document)
    {
        var facts = new (string Key, string? Value)[]
        {
            (FactKeys.Title, document.Title),
            (FactKeys.Date, document.Date?.ToString(DateFormat, CultureInfo.InvariantCulture)),
            (FactKeys.Session, document.Session?.ToString(CultureInfo.InvariantCulture)),
            (FactKeys.AgendaItem, document.AgendaItem),
            (FactKeys.CommitteeReport, SymbolOrNull(document.CommitteeReport)),
            (FactKeys.ReportParagraph, document.ReportParagraph),
            (FactKeys.Draft, SymbolOrNull(document.DraftSymbol)),
            (FactKeys.Meeting, document.Meeting),
            (FactKeys.MeetingRecord, SymbolOrNull(document.MeetingRecord)),
            (FactKeys.AdoptionMode, document.AdoptionMode),
        };

        // A value the document does not state is not a contradiction: what is stored stays.
        return facts
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => (f.Key, f.Value!.Trim()));
    }

    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static int? ParseSession(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var session) ? session : null;

    private static string? SymbolOrNull(string? symbol) =>
        string.IsNullOrWhiteSpace(symbol) ? null : UnSymbol.Normalise(symbol);
}
