using System.Globalization;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// The votes of one seed document: a verified vote for each stage of its <c>vote</c> object, with
/// the stage's source (<c>vote.plenary</c>, <c>vote.first_committee</c>, <c>vote.council</c>) and the
/// general <c>vote</c> source; and the roll call of <c>votes/*.csv</c> for it, if any, as the plenary
/// vote's Member States (coded by <see cref="KnownStates"/>, from the name each bore that day), date and first source. A roll call without a confirmed plenary vote in
/// <c>documents.json</c> (71/28) is kept as an unverified vote whose source says why it is doubted.
/// </summary>
internal static class DocumentVotes
{
    public static List<Vote> For(SeedDocument document, SourceBook sources, SeedRollCall? rollCall)
    {
        var votes = document.Votes.Select(v => StageVote(document, sources, v)).ToList();
        if (rollCall is not null)
        {
            var plenary = votes.FirstOrDefault(v => v.Stage == VoteStage.Plenary);
            if (plenary is null)
            {
                plenary = DoubtedRollCallVote(document, sources, rollCall);
                votes.Add(plenary);
            }
            else
            {
                plenary.Date = rollCall.Date;
                plenary.Source = Join(RollCallSource(rollCall), plenary.Source);
            }

            plenary.CountryVotes.AddRange(rollCall.CountryVotes.Select(c => new CountryVote
            {
                CountryCode = KnownStates.Resolve(c.CountryName)?.State.Code,
                CountryName = c.CountryName,
                Choice = c.Choice,
            }));
        }

        return votes;
    }

    /// <summary>How a roll call is cited: <c>Voeten UNGA voting data (rcid 6073)</c>.</summary>
    public static string RollCallSource(SeedRollCall rollCall) =>
        string.Create(CultureInfo.InvariantCulture, $"Voeten UNGA voting data (rcid {rollCall.Rcid})");

    private static Vote StageVote(SeedDocument document, SourceBook sources, SeedStageVote stageVote) => new()
    {
        Stage = stageVote.Stage,
        Subject = VoteSubject.WholeText,
        Mode = stageVote.Mode,
        Yes = stageVote.Yes,
        No = stageVote.No,
        Abstain = stageVote.Abstain,
        Date = AdoptionDateOf(document, stageVote.Stage),
        Source = sources.UseForConfirmed(StageSourceKey(stageVote.Stage), "vote"),
        Verified = true,
    };

    private static Vote DoubtedRollCallVote(SeedDocument document, SourceBook sources, SeedRollCall rollCall)
    {
        var doubt = document.Unverified.FirstOrDefault(u => u.Key == "vote")?.Value;
        return new Vote
        {
            Stage = VoteStage.Plenary,
            Subject = VoteSubject.WholeText,
            Mode = VoteMode.Recorded,
            Yes = rollCall.Yes,
            No = rollCall.No,
            Abstain = rollCall.Abstain,
            Date = rollCall.Date,
            Source = Join(RollCallSource(rollCall), sources.Use(StageSourceKey(VoteStage.Plenary), "vote"), doubt is null ? null : "Not confirmed: " + doubt),
            Verified = false,
        };
    }

    // The decision that adopts a resolution is taken on the day of adoption; a committee votes earlier, on a day the seed does not give.
    private static DateOnly? AdoptionDateOf(SeedDocument document, VoteStage stage) =>
        stage is VoteStage.Plenary or VoteStage.HumanRightsCouncil && document.DateMeaning == "adopted" ? document.Date : null;

    private static string StageSourceKey(VoteStage stage) => stage switch
    {
        VoteStage.Plenary => "vote.plenary",
        VoteStage.FirstCommittee => "vote.first_committee",
        VoteStage.HumanRightsCouncil => "vote.council",
        _ => "vote." + stage.ToString().ToLowerInvariant(),
    };

    private static string? Join(params ReadOnlySpan<string?> parts)
    {
        var present = new List<string>();
        foreach (var part in parts)
        {
            if (!string.IsNullOrEmpty(part))
            {
                present.Add(part);
            }
        }

        return present.Count == 0 ? null : string.Join("; ", present);
    }
}
