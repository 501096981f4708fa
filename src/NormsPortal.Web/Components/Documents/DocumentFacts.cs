using System.Globalization;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// The facts a diplomat looks for, in a fixed order, each value with its source and whether an
/// official UN source confirms it (the sources are shown apart, under Provenance). Curators' working
/// notes are not among them: they are written for curators and never reach a page. The rows every work has (symbol, title, date, session, agenda item) are always
/// listed; the adoption rows (committee report, draft, meeting, sponsors) are listed for adopted
/// kinds of work, both with "not recorded" when the portal has no value, and for other kinds only
/// when a value exists.
/// </summary>
public static class DocumentFacts
{
    private static readonly HashSet<string> _adoptedKinds = new(StringComparer.Ordinal)
    {
        WorkKind.GaResolution.ToName(), WorkKind.GaDecision.ToName(), WorkKind.HrcResolution.ToName(), WorkKind.ScResolution.ToName(),
    };

    public static IReadOnlyList<FactRow> Build(DocumentDto document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var facts = document.Facts.ToDictionary(f => f.Key, StringComparer.Ordinal);
        FactDto? Fact(string key) => facts.GetValueOrDefault(key);

        var rows = new List<FactRow>
        {
            new("symbol", "Symbol", [new FactValue(document.Symbol, Source: null, Verified: true)]),
            Row("title", "Title", Value(Fact(FactKeys.Title))),
            Row("date", "Date", DateValue(Fact(FactKeys.Date), Fact("dateMeaning"))),
            Row("session", "Session", Value(Fact(FactKeys.Session))),
            Row("agendaItem", "Agenda item", Value(Fact(FactKeys.AgendaItem))),
        };

        var adoption = new List<FactRow>
        {
            Row("committeeReport", "Committee report and paragraph",
                SymbolValue(Fact(FactKeys.CommitteeReport), document, WorkRelationKind.AdoptedOnReport),
                Prefixed(Value(Fact(FactKeys.ReportParagraph)), "paragraph ")),
            Row("draft", "Draft and its revisions",
                SymbolValue(Fact(FactKeys.Draft), document, WorkRelationKind.DraftOf),
                Value(Fact(FactKeys.Revisions))),
            Row("meeting", "Adoption meeting and record",
                Value(Fact(FactKeys.Meeting)),
                SymbolValue(Fact(FactKeys.MeetingRecord), document, relation: null)),
            Row("adoptionMode", "Adoption", Value(Fact(FactKeys.AdoptionMode))),
            Row("sponsors", "Sponsors", SponsorValues(document, "Sponsor")),
            Row("additionalSponsors", "Additional sponsors", SponsorValues(document, "AdditionalSponsor")),
        };

        var listsAdoption = _adoptedKinds.Contains(document.Kind);
        rows.AddRange(adoption.Where(row => listsAdoption || row.IsRecorded));
        return rows;
    }

    /// <summary>"5 December 2018", as the UN prints dates.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static FactRow Row(string key, string label, params FactValue?[] values) =>
        new(key, label, [.. values.OfType<FactValue>()]);

    private static FactValue? Value(FactDto? fact) =>
        fact is null || string.IsNullOrWhiteSpace(fact.Value) ? null : new FactValue(fact.Value, fact.Source, fact.Verified);

    private static FactValue? Prefixed(FactValue? value, string prefix) =>
        value is null ? null : value with { Text = prefix + value.Text };

    private static FactValue? DateValue(FactDto? date, FactDto? meaning)
    {
        if (Value(date) is not { } value)
        {
            return null;
        }

        var text = DateOnly.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? FormatDate(parsed)
            : value.Text;
        return value with { Text = meaning is null ? text : $"{text} ({meaning.Value})" };
    }

    /// <summary>
    /// A fact naming a document links to it: to the portal's page when a relation says it is held,
    /// to the official copy otherwise. The value may carry words after the symbol ("A/C.1/73/L.27/Rev.1 (First Committee)").
    /// </summary>
    private static FactValue? SymbolValue(FactDto? fact, DocumentDto document, WorkRelationKind? relation)
    {
        if (Value(fact) is not { } value)
        {
            return null;
        }

        var symbol = SymbolAtStart(value.Text);
        var related = document.Relations.FirstOrDefault(r =>
            string.Equals(r.Symbol, symbol, StringComparison.Ordinal) && (relation is null || r.Kind == relation.ToString()));
        return value with { Url = related?.Url ?? UnSymbol.OfficialUrl(symbol).ToString() };
    }

    private static string SymbolAtStart(string text)
    {
        var space = text.IndexOf(" (", StringComparison.Ordinal);
        return UnSymbol.Normalise(space < 0 ? text : text[..space]);
    }

    /// <summary>
    /// A sponsor list is confirmed when its source is an official UN one (<see cref="OfficialSources.AreNamedIn"/>,
    /// the rule facts are written by): the list read from the UN's file of the draft is, another one is not.
    /// </summary>
    private static FactValue?[] SponsorValues(DocumentDto document, string role) =>
    [
        .. document.Sponsors
            .Where(s => s.Role == role)
            .GroupBy(s => s.Source)
            .Select(g => new FactValue(string.Join(", ", g.Select(s => s.Name)), g.Key, OfficialSources.AreNamedIn(g.Key))),
    ];
}
