using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// The facts of one seed document, as rows with <see cref="FactOrigin.Seed"/>. A confirmed field is
/// a fact with the sources that name it, verified when they name an official UN source (<see cref="NewFact"/>) (or the document's <c>all</c> source); a value
/// under <c>unverified</c> is an unverified fact under the field's key, with the field's own sources
/// only. How source keys reach facts:
/// <list type="bullet">
/// <item><c>official_title</c>, <c>title</c> → <c>title</c>; <c>adoption_date</c>, <c>date</c> → <c>date</c>; <c>agenda_item</c> → <c>agendaItem</c>.</item>
/// <item><c>body</c> → <c>committee</c> (the text is about the Main Committee item), or <c>body</c> when there is no committee.</item>
/// <item><c>draft_or_report</c> → every fact made from <c>related</c> (<see cref="RelatedDocuments"/>).</item>
/// <item><c>existence</c> → a <c>symbol</c> fact; <c>vote</c> → the unverified <c>adoptionMode</c> (and the votes, see <see cref="DocumentVotes"/>).</item>
/// <item>Any other key → the fact of that key (camel case), or a fact of its own whose value is the source text.</item>
/// </list>
/// The curators' <c>notes</c> and the text note are facts without a source.
/// </summary>
internal sealed class DocumentFacts
{
    private const string UnverifiedVoteKey = "vote";

    private readonly SeedDocument _document;
    private readonly SourceBook _sources;
    private readonly List<Fact> _facts = [];

    private DocumentFacts(SeedDocument document, SourceBook sources)
    {
        _document = document;
        _sources = sources;
    }

    /// <summary>The facts of <paramref name="document"/>; <paramref name="report"/> is its entry among the expert-group reports of <c>series.json</c>, if it is one.</summary>
    public static List<Fact> For(SeedDocument document, SourceBook sources, SeedReport? report)
    {
        var builder = new DocumentFacts(document, sources);
        builder.AddAll(report);
        return builder._facts;
    }

    private void AddAll(SeedReport? report)
    {
        if (_sources.Has("existence"))
        {
            Add(SeedFactKeys.Symbol, _document.Symbol, _sources.Use("existence"), verified: true);
        }

        Field(FactKeys.Title, _document.Title, "title", "official_title", "title");
        Field(FactKeys.Date, _document.Date is { } date ? FactValues.FormatDate(date) : null, "date", "adoption_date", "date");
        Confirmed(SeedFactKeys.DateMeaning, _document.DateMeaning);
        Confirmed(FactKeys.Session, _document.Session is { } session ? FactValues.FormatSession(session) : null);
        if (_document.Committee is null)
        {
            Confirmed(FactKeys.Body, _document.Body, "body");
        }
        else
        {
            Confirmed(FactKeys.Body, _document.Body);
            Confirmed(FactKeys.Committee, _document.Committee, "body");
        }

        Field(FactKeys.AgendaItem, _document.AgendaItem, "agendaItem", "agenda_item");
        AddRelatedDocuments();
        if (UnverifiedValue(UnverifiedVoteKey) is { } adoptionMode)
        {
            Add(FactKeys.AdoptionMode, adoptionMode, _sources.Use("vote"), verified: false);
        }

        foreach (var other in _document.Unverified.Where(u => !IsMappedUnverifiedKey(u.Key)))
        {
            Add(other.Key, other.Value, _sources.Use(other.Key), verified: false);
        }

        if (report is not null)
        {
            Add(SeedFactKeys.Group, report.Group, source: null, verified: true);
        }

        Note(FactKeys.Notes, _document.Notes);
        Note(SeedFactKeys.TextNote, _document.FullTextNote);
    }

    /// <summary>
    /// Sources that name no field so far: attached to the fact of their key if there is one, else
    /// kept as a fact of their own. Called after every other use of the sources (votes, endorsements).
    /// </summary>
    public static void AddLeftOverSources(List<Fact> facts, SourceBook sources)
    {
        foreach (var source in sources.Unused.ToList())
        {
            var key = CamelCase(source.Key);
            var text = sources.Use(source.Key);
            var fact = facts.FirstOrDefault(f => f.Key == key);
            if (fact is null)
            {
                facts.Add(NewFact(key, source.Text, source: null, confirmed: true));
            }
            else
            {
                fact.Source = fact.Source is null ? text : fact.Source + "; " + text;
            }
        }
    }

    private void AddRelatedDocuments()
    {
        var parts = _document.Related is null ? [] : RelatedDocuments.Parse(_document.Related, _document.Committee);
        foreach (var (key, value) in parts)
        {
            Confirmed(key, value, "draft_or_report");
        }

        if (_document.DraftSymbol is not null && !parts.Any(p => p.Key == FactKeys.Draft))
        {
            Confirmed(FactKeys.Draft, _document.DraftSymbol, "draft_or_report");
        }
    }

    /// <summary>A field that is either confirmed or, failing that, believed (<paramref name="unverifiedKey"/> in <c>unverified</c>).</summary>
    private void Field(string key, string? confirmed, string unverifiedKey, params ReadOnlySpan<string> sourceKeys)
    {
        if (confirmed is not null)
        {
            Confirmed(key, confirmed, sourceKeys);
        }
        else if (UnverifiedValue(unverifiedKey) is { } believed)
        {
            Add(key, believed, _sources.Use(sourceKeys), verified: false);
        }
    }

    private void Confirmed(string key, string? value, params ReadOnlySpan<string> sourceKeys)
    {
        if (value is not null)
        {
            Add(key, value, _sources.UseForConfirmed(sourceKeys), verified: true);
        }
    }

    private void Note(string key, string? value)
    {
        if (value is not null)
        {
            Add(key, value, source: null, verified: true);
        }
    }

    private void Add(string key, string value, string? source, bool verified) => _facts.Add(NewFact(key, value, source, confirmed: verified));

    private string? UnverifiedValue(string key) => _document.Unverified.FirstOrDefault(u => u.Key == key)?.Value;

    private static bool IsMappedUnverifiedKey(string key) => key is "title" or "date" or "agendaItem" or UnverifiedVoteKey;

    /// <summary>
    /// A seed fact is verified when the curators confirmed it (<paramref name="confirmed"/>) and its
    /// sources name an official UN source (<see cref="OfficialSources.AreNamedIn"/>): a value confirmed
    /// only by a third-party page or a data set stays unverified, as the portal's one rule says.
    /// </summary>
    private static Fact NewFact(string key, string value, string? source, bool confirmed) => new()
    {
        Key = key,
        Value = value,
        Source = source,
        Verified = confirmed && OfficialSources.AreNamedIn(source),
        Origin = FactOrigin.Seed,
    };

    // "official_title" → "officialTitle", "vote.plenary" → "votePlenary".
    private static string CamelCase(string sourceKey)
    {
        var words = sourceKey.Split(['_', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
