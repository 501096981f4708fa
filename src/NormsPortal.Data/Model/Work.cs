namespace NormsPortal.Data.Model;

/// <summary>
/// One UN document, whatever its languages: one row per normalised symbol (<c>A/RES/73/27</c>;
/// parts such as <c>A/RES/43/78 H</c> are works of their own). A work whose text the portal does
/// not hold is still a full work: facts, sources, official link and what cites it.
/// <para>
/// Its facts change only through <see cref="ReviseFact"/>, the one operation the importer, the seed
/// catalogue and the curators share: it asks the fact whether the writer may change it, records the
/// change in the fact's history and brings the copied columns in line (<see cref="CopyFactsToColumns"/>).
/// </para>
/// <para>
/// <b>Copied columns.</b> <see cref="Title"/>, <see cref="Date"/>, <see cref="Session"/>,
/// <see cref="Body"/> and <see cref="Committee"/> copy the current value of their fact, verified or
/// not, whoever set it; whether it is confirmed is read from the fact (lists mark an unverified title,
/// the document page every unverified fact). Copying beliefs too serves readers better than
/// confirmed values only: a report whose title is believed but not yet confirmed is still found,
/// sorted and filtered by it, with the mark that says so, instead of showing as a bare symbol and
/// falling out of every year filter. A column whose fact the work lacks keeps what its writer put
/// there (an import's body and committee, read from the document).
/// </para>
/// </summary>
public sealed class Work : AuditedEntity
{
    /// <summary>The normalised symbol (see <see cref="Symbols.UnSymbol"/>); unique.</summary>
    public required string Symbol { get; set; }

    public WorkKind Kind { get; set; }

    /// <summary>The organ: General Assembly, Human Rights Council, Security Council …</summary>
    public string? Body { get; set; }

    /// <summary>The Main Committee that dealt with it, when there was one.</summary>
    public string? Committee { get; set; }

    /// <summary>
    /// The title for lists and headings: a copy of the <c>title</c> fact (or, while there is none, of
    /// a language's title such as <c>title.fr</c>), so lists can sort and filter without pivoting facts.
    /// </summary>
    public string? Title { get; set; }

    /// <summary>General Assembly session (or the body's session), for filters: a copy of the <c>session</c> fact.</summary>
    public int? Session { get; set; }

    /// <summary>Date of adoption or issue, for filters and sorting: a copy of the <c>date</c> fact (null when it is no date).</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The official copy (undocs.org).</summary>
    public string? OfficialUrl { get; set; }

    /// <summary>The Akoma Ntoso work IRI, e.g. <c>/akn/un/statement/deliberation/unga/2018-12-05/73-27/</c>.</summary>
    public string? AknWorkIri { get; set; }

    public List<Fact> Facts { get; } = [];

    public List<Expression> Expressions { get; } = [];

    public List<Vote> Votes { get; } = [];

    public List<Sponsor> Sponsors { get; } = [];

    public List<WorkRelation> Relations { get; } = [];

    /// <summary>
    /// Sets the fact <paramref name="key"/> to <paramref name="value"/>: adds it when the work has no
    /// such fact, revises it (with history, see <see cref="Fact.Revise"/>) when a writer of
    /// <paramref name="origin"/> may change it, and keeps it otherwise. The copied columns follow.
    /// The <c>actor</c> (<c>import</c>, <c>seed</c>, a curator's user id or e-mail) and <c>now</c> (UTC)
    /// go to the history. Load the work with its facts first.
    /// </summary>
    public FactRevisionOutcome ReviseFact(string key, string value, string? source, bool verified, FactOrigin origin, string actor, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var fact = Facts.FirstOrDefault(f => f.Key == key);
        FactRevisionOutcome outcome;
        if (fact is null)
        {
            Facts.Add(new Fact { Work = this, Key = key, Value = value, Source = source, Verified = verified, Origin = origin });
            outcome = FactRevisionOutcome.Added;
        }
        else if (!fact.MayBeRevisedBy(origin))
        {
            return FactRevisionOutcome.Kept;
        }
        else
        {
            outcome = fact.Revise(value, source, verified, origin, actor, now) ? FactRevisionOutcome.Revised : FactRevisionOutcome.Unchanged;
        }

        CopyFactsToColumns();
        return outcome;
    }

    /// <summary>
    /// The one policy for the copied columns (see the class remarks): each takes its fact's current
    /// value, verified or not; a column whose fact the work lacks is left alone.
    /// </summary>
    public void CopyFactsToColumns()
    {
        if ((FactValue(FactKeys.Title) ?? LanguageTitle()) is { } title)
        {
            Title = title;
        }

        if (FactValue(FactKeys.Date) is { } date)
        {
            Date = FactValues.ParseDate(date);
        }

        if (FactValue(FactKeys.Session) is { } session)
        {
            Session = FactValues.ParseSession(session);
        }

        if (FactValue(FactKeys.Body) is { } body)
        {
            Body = body;
        }

        if (FactValue(FactKeys.Committee) is { } committee)
        {
            Committee = committee;
        }
    }

    private string? FactValue(string key) => Facts.FirstOrDefault(f => f.Key == key)?.Value;

    // A work without an English title shows another language's (title.fr, title.zh …) until one comes.
    private string? LanguageTitle() =>
        Facts.Where(f => f.Key.Length == FactKeys.Title.Length + 3 && f.Key.StartsWith(FactKeys.Title + ".", StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Value)
            .FirstOrDefault();
}
