namespace NormsPortal.Data.Model;

/// <summary>
/// One fact about a work (its title, date, agenda item, committee report …) with where it was
/// seen and whether anyone confirmed it. An unverified fact is shown as such, never as fact.
/// Writers change a fact only through <see cref="Work.ReviseFact"/> (which calls <see cref="Revise"/>),
/// so every change is in <see cref="History"/> and the work's copied columns follow it.
/// </summary>
public sealed class Fact : AuditedEntity
{
    /// <summary>The longest <see cref="Key"/> the database keeps.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>The longest <see cref="Source"/> the database keeps.</summary>
    public const int MaxSourceLength = Configurations.Lengths.Source;

    public int WorkId { get; set; }

    public Work Work { get; set; } = null!;

    /// <summary>What the fact is about; one of <see cref="FactKeys"/>.</summary>
    public required string Key { get; set; }

    public required string Value { get; set; }

    /// <summary>Where the value was seen (a document, a data set, a page).</summary>
    public string? Source { get; set; }

    public bool Verified { get; set; }

    public FactOrigin Origin { get; set; }

    public List<FactRevision> History { get; } = [];

    /// <summary>
    /// Whether a writer of <paramref name="origin"/> may change this fact: a curator may change any
    /// fact, the seed and the imports only their own. So an import never overwrites what the seed
    /// catalogue or a curator says, and a re-seed never undoes a curator's correction.
    /// </summary>
    public bool MayBeRevisedBy(FactOrigin origin) => origin == FactOrigin.Curator || origin == Origin;

    /// <summary>
    /// Gives the fact a new value, source, verified flag and origin, recording the change in its
    /// history; false (and nothing recorded) when the fact already says exactly that. Whether the
    /// writer may change it at all is <see cref="MayBeRevisedBy"/>'s question, asked by <see cref="Work.ReviseFact"/>.
    /// The <c>actor</c> is who changes it (<c>import</c>, <c>seed</c>, a curator's user id or e-mail),
    /// <c>now</c> when (UTC).
    /// </summary>
    public bool Revise(string value, string? source, bool verified, FactOrigin origin, string actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if ((Value, Source, Verified, Origin) == (value, source, verified, origin))
        {
            return false;
        }

        History.Add(new FactRevision
        {
            OldValue = Value,
            OldSource = Source,
            OldVerified = Verified,
            OldOrigin = Origin,
            NewValue = value,
            NewSource = source,
            NewVerified = verified,
            NewOrigin = origin,
            RevisedAt = now,
            RevisedBy = actor,
        });
        (Value, Source, Verified, Origin) = (value, source, verified, origin);
        return true;
    }
}
