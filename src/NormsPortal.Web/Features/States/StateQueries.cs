using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.States;

/// <summary>
/// Reads States' records across the General Assembly resolutions the portal holds: each State's
/// plenary vote on the whole text (joined by <see cref="CountryVote.CountryCode"/>, so a State is
/// followed across its names), its sponsorship (sponsor lists name States as written, resolved by
/// <see cref="KnownStates.Resolve"/>) and how often two States voted alike.
/// </summary>
public sealed class StateQueries(IDbContextFactory<PortalDbContext> contextFactory)
{
    private static readonly CountryVoteChoice[] s_castVotes = [CountryVoteChoice.Yes, CountryVoteChoice.No, CountryVoteChoice.Abstain];

    /// <summary>Every State of the vocabulary, Member States first.</summary>
    public static IReadOnlyList<StateSummaryDto> List() => [.. KnownStates.All.Select(Summary)];

    public static StateSummaryDto Summary(State state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new StateSummaryDto(
            state.Code,
            state.Name,
            state.Status.ToString(),
            state.Group?.ToString(),
            state.Group is { } group ? KnownStates.GroupName(group) : null,
            state.IsPermanentMember,
            state.FormerNames,
            state.Aliases,
            StateUrls.For(state.Code));
    }

    /// <summary><paramref name="state"/>'s record on every resolution, in date order, with its agreement with every other State.</summary>
    public async Task<StateDto> RecordAsync(State state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var resolutions = await LoadAsync(cancellationToken);
        var rows = resolutions.Select(r =>
        {
            var vote = r.VoteOf(state.Code);
            return new StateResolutionDto(
                r.Symbol,
                r.Title,
                r.Date,
                DocumentUrls.For(r.Symbol),
                r.Adoption?.ToString(),
                r.RollCallHeld,
                vote?.Choice.ToString(),
                vote is null ? null : KnownStates.Resolve(vote.Name)?.NameThen ?? vote.Name,
                r.SponsorshipOf(state)?.ToString());
        });
        return new StateDto(Summary(state), [.. rows], Agreement(state, resolutions), ExplanationsOfVoteHeld: false);
    }

    /// <summary>The votes of <paramref name="states"/> on every resolution, side by side.</summary>
    public async Task<StateVotesDto> VotesAsync(IReadOnlyList<State> states, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        var resolutions = await LoadAsync(cancellationToken);
        var rows = resolutions.Select(r => new StateVotesRowDto(
            r.Symbol,
            r.Title,
            r.Date,
            DocumentUrls.For(r.Symbol),
            r.Adoption?.ToString(),
            r.RollCallHeld,
            [.. states.Select(s => r.VoteOf(s.Code)?.Choice.ToString())]));
        return new StateVotesDto([.. states.Select(Summary)], [.. rows]);
    }

    private static IReadOnlyList<StateAgreementDto> Agreement(State state, IReadOnlyList<Resolution> resolutions)
    {
        var counts = new Dictionary<string, (int Votes, int Same)>(StringComparer.Ordinal);
        foreach (var resolution in resolutions)
        {
            if (resolution.VoteOf(state.Code) is not { } own || !s_castVotes.Contains(own.Choice))
            {
                continue;
            }

            foreach (var (code, other) in resolution.CountryVotes)
            {
                if (code != state.Code && s_castVotes.Contains(other.Choice))
                {
                    var (votes, same) = counts.GetValueOrDefault(code);
                    counts[code] = (votes + 1, same + (other.Choice == own.Choice ? 1 : 0));
                }
            }
        }

        return [.. counts
            .Select(c => new StateAgreementDto(c.Key, KnownStates.Find(c.Key)?.Name ?? c.Key, c.Value.Votes, c.Value.Same, (double)c.Value.Same / c.Value.Votes))
            .OrderByDescending(a => a.Share)
            .ThenByDescending(a => a.Votes)
            .ThenBy(a => a.Name, StringComparer.InvariantCulture)];
    }

    /// <summary>The General Assembly resolutions held, in date order, each with its plenary vote on the whole text and its sponsors.</summary>
    private async Task<IReadOnlyList<Resolution>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var works = await db.Works.AsNoTracking()
            .Where(w => w.Kind == WorkKind.GaResolution)
            .Select(w => new { w.Id, w.Symbol, w.Title, w.Date })
            .ToListAsync(cancellationToken);
        var ids = works.Select(w => w.Id).ToList();
        var votes = await db.Votes.AsNoTracking()
            .Where(v => ids.Contains(v.WorkId) && v.Stage == VoteStage.Plenary && v.Subject == VoteSubject.WholeText)
            .Include(v => v.CountryVotes)
            .OrderBy(v => v.Id)
            .ToListAsync(cancellationToken);
        // A work has one plenary vote on the whole text; should two sources both record it, the first stored counts.
        var voteByWork = votes.GroupBy(v => v.WorkId).ToDictionary(g => g.Key, g => g.First());
        var sponsors = (await db.Sponsors.AsNoTracking()
            .Where(s => ids.Contains(s.WorkId))
            .Select(s => new { s.WorkId, s.Name, s.Role })
            .ToListAsync(cancellationToken))
            .ToLookup(s => s.WorkId, s => (KnownStates.Resolve(s.Name)?.State.Code, s.Role));

        return [.. works
            .OrderBy(w => w.Date is null)
            .ThenBy(w => w.Date)
            .ThenBy(w => w.Symbol, StringComparer.Ordinal)
            .Select(w =>
            {
                var vote = voteByWork.GetValueOrDefault(w.Id);
                var countryVotes = vote?.CountryVotes
                    .Where(c => c.CountryCode is not null)
                    .GroupBy(c => c.CountryCode!)
                    .ToDictionary(g => g.Key, g => new RecordedVote(g.First().CountryName, g.First().Choice), StringComparer.Ordinal)
                    ?? [];
                return new Resolution(w.Symbol, w.Title, w.Date, vote?.Mode, countryVotes, sponsors.Contains(w.Id) ? [.. sponsors[w.Id]] : null);
            })];
    }

    private sealed record RecordedVote(string Name, CountryVoteChoice Choice);

    private sealed record Resolution(
        string Symbol,
        string? Title,
        DateOnly? Date,
        VoteMode? Adoption,
        Dictionary<string, RecordedVote> CountryVotes,
        IReadOnlyList<(string? Code, SponsorRole Role)>? Sponsors)
    {
        public bool RollCallHeld => CountryVotes.Count > 0;

        public RecordedVote? VoteOf(string code) => CountryVotes.GetValueOrDefault(code);

        /// <summary>The State's role among the sponsors; <see cref="StateSponsorship.None"/> when the list does not name it; null without a list.</summary>
        public StateSponsorship? SponsorshipOf(State state) => Sponsors is null
            ? null
            : Sponsors.Where(s => s.Code == state.Code).Select(s => (StateSponsorship?)(s.Role == SponsorRole.Sponsor ? StateSponsorship.Sponsor : StateSponsorship.AdditionalSponsor))
                .OrderBy(s => s)
                .FirstOrDefault() ?? StateSponsorship.None;
    }
}
