using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>The facts a parsed document states, as (key, value) in the forms facts are stored in.</summary>
internal static class ImportedFacts
{
    public static IEnumerable<(string Key, string Value)> Of(ParsedDocument document)
    {
        var facts = new (string Key, string? Value)[]
        {
            (FactKeys.Title, document.Title),
            (FactKeys.Date, document.Date is { } date ? FactValues.FormatDate(date) : null),
            (FactKeys.Session, document.Session is { } session ? FactValues.FormatSession(session) : null),
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

    private static string? SymbolOrNull(string? symbol) =>
        string.IsNullOrWhiteSpace(symbol) ? null : UnSymbol.Normalise(symbol);
}
