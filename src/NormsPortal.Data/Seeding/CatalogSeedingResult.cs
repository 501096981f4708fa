namespace NormsPortal.Data.Seeding;

/// <summary>What one seeding run wrote. A run over a database already seeded from the same catalogue writes nothing.</summary>
public sealed record CatalogSeedingResult
{
    public int WorksAdded { get; init; }

    public int FactsAdded { get; init; }

    /// <summary>Seed facts whose value, source or verification changed in the catalogue; the old value is in their history.</summary>
    public int FactsUpdated { get; init; }

    public int VotesAdded { get; init; }

    public int RelationsAdded { get; init; }

    public int TracksAdded { get; init; }

    public int TrackMembersAdded { get; init; }

    public int NormsAdded { get; init; }

    /// <summary>Norm statements whose quote was empty and is now filled from the imported text.</summary>
    public int NormQuotesFilled { get; init; }

    /// <summary>Member States' votes stored before the States vocabulary (alpha-2 or no code) that now carry their State's alpha-3 code.</summary>
    public int CountryVotesCoded { get; init; }

    public bool ChangedAnything =>
        WorksAdded + FactsAdded + FactsUpdated + VotesAdded + RelationsAdded + TracksAdded + TrackMembersAdded + NormsAdded + NormQuotesFilled
        + CountryVotesCoded > 0;
}
