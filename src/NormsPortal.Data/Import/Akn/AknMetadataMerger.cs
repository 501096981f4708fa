using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Adds what <c>metadata.jsonl</c> knows to a document read from XML. The XML wins where both
/// speak; the metadata fills gaps (a vote, the Member States' votes, the committee report, the
/// meeting) and a disagreement about the vote is reported.
/// </summary>
public static class AknMetadataMerger
{
    public static void Apply(ParsedDocument document, AknMetadataRecord record, string metadataSource)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(record);
        ApplyFacts(document, record);
        ApplyVote(document, record, metadataSource);
    }

    /// <summary>The vote as the metadata reports it, or null when it names no mode of adoption.</summary>
    public static ParsedVote? ToVote(AknMetadataRecord record, string metadataSource)
    {
        ArgumentNullException.ThrowIfNull(record);
        var mode = ModeOf(record.AdoptionType);
        if (mode is null)
        {
            return null;
        }

        var recorded = mode == VoteMode.Recorded;
        return new ParsedVote
        {
            Mode = mode.Value,
            Yes = recorded ? record.InFavourCount : null,
            No = recorded ? record.AgainstCount : null,
            Abstain = recorded ? record.AbstainingCount : null,
            Date = record.AdoptionDate,
            Meeting = record.AdoptionMeeting,
            Source = metadataSource,
            CountryVotes = CountryVotes(record),
        };
    }

    private static void ApplyFacts(ParsedDocument document, AknMetadataRecord record)
    {
        document.Committee ??= CommitteeName(record.Committee);
        document.AgendaItem ??= AknDocumentReader.AgendaItemNumbers(record.AgendaItem);
        document.Meeting ??= record.AdoptionMeeting;
        document.MeetingRecord ??= record.MeetingRecord is null ? null : UnSymbol.Normalise(record.MeetingRecord);
        document.Date ??= record.AdoptionDate;
        document.AdoptionMode ??= ModeOf(record.AdoptionType) is { } mode ? AknDocumentReader.AdoptionModeText(mode) : null;
        if (document.Committee is not null && record.OriginatingDocument is { } originating)
        {
            document.CommitteeReport ??= UnSymbol.Normalise(originating.Split(',')[0]);
            document.ReportParagraph ??= record.ReportParagraph;
        }

        if (document.Sponsors.Count == 0)
        {
            document.Sponsors.AddRange(record.Sponsors);
        }

        if (document.AdditionalSponsors.Count == 0)
        {
            document.AdditionalSponsors.AddRange(record.AdditionalSponsors);
        }
    }

    private static void ApplyVote(ParsedDocument document, AknMetadataRecord record, string metadataSource)
    {
        var fromMetadata = ToVote(record, OfficialSources.NameMetadata(document.Symbol));
        if (fromMetadata is null)
        {
            return;
        }

        var index = document.Votes.FindIndex(v => v.Stage == VoteStage.Plenary && v.Subject == VoteSubject.WholeText);
        if (index < 0)
        {
            document.Votes.Add(fromMetadata);
            return;
        }

        var fromXml = document.Votes[index];
        if (fromXml.Mode != fromMetadata.Mode || Differs(fromXml.Yes, fromMetadata.Yes) || Differs(fromXml.No, fromMetadata.No) || Differs(fromXml.Abstain, fromMetadata.Abstain))
        {
            document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.MetadataVoteMismatch,
                $"The XML reports the vote as {Describe(fromXml)}, {metadataSource} (line {record.Line}) as {Describe(fromMetadata)}; the XML is kept.",
                document.SourceName));
            return;
        }

        if (fromXml.CountryVotes.Count == 0 && fromMetadata.CountryVotes.Count > 0)
        {
            document.Votes[index] = fromXml with { CountryVotes = fromMetadata.CountryVotes };
        }
    }

    private static List<ParsedCountryVote> CountryVotes(AknMetadataRecord record) =>
    [
        .. record.InFavour.Select(name => ParsedCountryVote.Named(name, CountryVoteChoice.Yes)),
        .. record.Against.Select(name => ParsedCountryVote.Named(name, CountryVoteChoice.No)),
        .. record.Abstaining.Select(name => ParsedCountryVote.Named(name, CountryVoteChoice.Abstain)),
    ];

    private static VoteMode? ModeOf(string? adoptionType) => adoptionType?.Trim().ToUpperInvariant() switch
    {
        "BY A RECORDED VOTE" => VoteMode.Recorded,
        "WITHOUT A VOTE" => VoteMode.WithoutVote,
        "BY A NON-RECORDED VOTE" => VoteMode.NonRecorded,
        _ => null,
    };

    /// <summary>"First Committee" stays; "#fifthCommittee" (an unresolved reference) becomes "Fifth Committee"; the plenary has none.</summary>
    private static string? CommitteeName(string? committee)
    {
        if (committee is null || committee.StartsWith("Without reference", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (committee.StartsWith('#') && committee.EndsWith("Committee", StringComparison.Ordinal))
        {
            var ordinal = committee[1..^"Committee".Length];
            return ordinal.Length == 0 ? null : char.ToUpperInvariant(ordinal[0]) + ordinal[1..] + " Committee";
        }

        return committee;
    }

    private static bool Differs(int? a, int? b) => a is not null && b is not null && a != b;

    private static string Describe(ParsedVote vote) =>
        vote.Mode == VoteMode.Recorded ? $"recorded, {vote.Yes}-{vote.No}-{vote.Abstain}" : AknDocumentReader.AdoptionModeText(vote.Mode).ToLowerInvariant();
}
