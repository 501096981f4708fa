namespace NormsPortal.Data.Model;

/// <summary>
/// One UN document, whatever its languages: one row per normalised symbol (<c>A/RES/73/27</c>;
/// parts such as <c>A/RES/43/78 H</c> are works of their own). A work whose text the portal does
/// not hold is still a full work: facts, sources, official link and what cites it.
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
    /// The title for lists and headings. The sourced value is the <c>title</c> fact; this copy
    /// exists so lists can sort and filter without pivoting facts, and is set with it.
    /// </summary>
    public string? Title { get; set; }

    /// <summary>General Assembly session (or the body's session), for filters; also a fact.</summary>
    public int? Session { get; set; }

    /// <summary>Date of adoption or issue, for filters and sorting; also a fact.</summary>
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
}
