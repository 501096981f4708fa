using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Writes a <see cref="SeedCatalog"/> to the database, idempotently: a second run over the same
/// catalogue changes nothing (no row, version or timestamp), and nothing a curator did is undone.
/// <list type="bullet">
/// <item>Works are found by symbol and added when missing. Their facts are the only rows the seed
/// updates, because only facts say who put them there, and they update them through
/// <see cref="Work.ReviseFact"/>: a fact with <see cref="FactOrigin.Seed"/> takes a changed seed value,
/// its old value going to its history; an imported or curated fact keeps its key and is never
/// touched. Title, date, session, body and committee columns follow the facts (the one policy of
/// <see cref="Work.CopyFactsToColumns"/>); the official URL is filled while empty.</item>
/// <item>Votes (with their Member States), endorsement relations, tracks, track members, norms and
/// their counterparts are starting data: added when missing (a vote by stage, a relation by kind
/// and target, a track by key, a member by symbol, appended after the track's last member; a norm
/// by number, with its counterparts), never changed afterwards. So a curator's norm label,
/// verified vote or corrected counterpart stays as the curator left it.</item>
/// <item>A Member State's vote stored without its State's alpha-3 code (a database seeded or imported
/// before the <see cref="KnownStates"/> vocabulary, which had Voeten's alpha-2 codes or none) takes the
/// code <see cref="KnownStates.Resolve"/> gives its recorded name; nothing else of the vote changes.</item>
/// <item>A norm's statement quote is filled from the English text of 73/27 once that text has been
/// imported (the text import runs first at start-up), and is never rewritten: a quote that no longer
/// matches the text is how a reader notices the text changed.</item>
/// </list>
/// The whole run is one transaction inside the provider's execution strategy, so a failure leaves
/// the database as it was and a retried attempt starts from a clean change tracker.
/// </summary>
public static class CatalogSeeder
{
    /// <summary>The <see cref="FactRevision.RevisedBy"/> of the seed catalogue's revisions.</summary>
    public const string Actor = "seed";

    /// <summary>The language whose text the norm statements quote.</summary>
    public const string QuoteLanguage = Languages.English;

    /// <summary>
    /// Seeds <paramref name="catalog"/> into <paramref name="db"/>. The context's change tracker is
    /// cleared first, so pass a context with no pending changes of its own.
    /// </summary>
    public static Task<CatalogSeedingResult> SeedAsync(PortalDbContext db, SeedCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            (db, catalog),
            static async (context, state, token) =>
            {
                var (db, catalog) = state;
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var run = new SeedingRun(db, DateTime.UtcNow);
                await run.SeedWorksAsync(SeedWorks.Map(catalog), token);
                await db.SaveChangesAsync(token);
                await run.SeedTracksAsync(SeedTracks.Map(catalog), token);
                await db.SaveChangesAsync(token);
                await run.SeedNormsAsync(SeedNorms.Map(catalog), token);
                await db.SaveChangesAsync(token);
                await run.CodeCountryVotesAsync(token);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return run.Result;
            },
            verifySucceeded: null,
            cancellationToken);
    }

    /// <summary>One attempt: finds what is missing or changed and counts what it adds.</summary>
    private sealed class SeedingRun(PortalDbContext db, DateTime now)
    {
        public CatalogSeedingResult Result { get; private set; } = new();

        public async Task SeedWorksAsync(List<Work> wanted, CancellationToken token)
        {
            var symbols = wanted.Select(w => w.Symbol).ToList();
            var existing = await db.Works
                .Where(w => symbols.Contains(w.Symbol))
                .Include(w => w.Facts)
                .Include(w => w.Votes)
                .Include(w => w.Relations)
                .AsSplitQuery()
                .ToDictionaryAsync(w => w.Symbol, StringComparer.Ordinal, token);

            foreach (var seed in wanted)
            {
                if (!existing.TryGetValue(seed.Symbol, out var work))
                {
                    db.Works.Add(seed);
                    Result = Result with
                    {
                        WorksAdded = Result.WorksAdded + 1,
                        FactsAdded = Result.FactsAdded + seed.Facts.Count,
                        VotesAdded = Result.VotesAdded + seed.Votes.Count,
                        RelationsAdded = Result.RelationsAdded + seed.Relations.Count,
                    };
                    continue;
                }

                MergeFacts(work, seed.Facts);
                work.OfficialUrl ??= seed.OfficialUrl;
                foreach (var vote in seed.Votes.Where(v => !work.Votes.Any(w => w.Stage == v.Stage && w.Subject == v.Subject && w.SubjectDetail == v.SubjectDetail)))
                {
                    work.Votes.Add(vote);
                    Result = Result with { VotesAdded = Result.VotesAdded + 1 };
                }

                foreach (var relation in seed.Relations.Where(r => !work.Relations.Any(w => w.Kind == r.Kind && w.TargetSymbol == r.TargetSymbol)))
                {
                    work.Relations.Add(relation);
                    Result = Result with { RelationsAdded = Result.RelationsAdded + 1 };
                }
            }
        }

        public async Task SeedTracksAsync(List<Track> wanted, CancellationToken token)
        {
            var existing = await db.Tracks.Include(t => t.Members).ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, token);
            foreach (var seed in wanted)
            {
                if (!existing.TryGetValue(seed.Key, out var track))
                {
                    db.Tracks.Add(seed);
                    Result = Result with { TracksAdded = Result.TracksAdded + 1, TrackMembersAdded = Result.TrackMembersAdded + seed.Members.Count };
                    continue;
                }

                var last = track.Members.Count == 0 ? 0 : track.Members.Max(m => m.Ordinal);
                foreach (var member in seed.Members.Where(m => !track.Members.Any(t => t.WorkSymbol == m.WorkSymbol)))
                {
                    track.Members.Add(new TrackMember { WorkSymbol = member.WorkSymbol, Ordinal = ++last });
                    Result = Result with { TrackMembersAdded = Result.TrackMembersAdded + 1 };
                }
            }
        }

        public async Task SeedNormsAsync(List<Norm> wanted, CancellationToken token)
        {
            var existing = await db.Norms.Include(n => n.Counterparts).ToDictionaryAsync(n => n.Number, StringComparer.Ordinal, token);
            var statements = wanted.Select(n => existing.TryGetValue(n.Number, out var norm) ? norm.Statement : n.Statement).ToList();
            var quotes = await LoadQuotesAsync(statements, token);
            foreach (var seed in wanted)
            {
                if (!existing.TryGetValue(seed.Number, out var norm))
                {
                    seed.Statement = seed.Statement with { Quote = quotes.GetValueOrDefault((seed.Statement.Symbol, seed.Statement.Anchor), "") };
                    db.Norms.Add(seed);
                    Result = Result with { NormsAdded = Result.NormsAdded + 1 };
                }
                else if (norm.Statement.Quote.Length == 0 && quotes.TryGetValue((norm.Statement.Symbol, norm.Statement.Anchor), out var quote))
                {
                    norm.Statement = norm.Statement with { Quote = quote };
                    Result = Result with { NormQuotesFilled = Result.NormQuotesFilled + 1 };
                }
            }
        }

        public async Task CodeCountryVotesAsync(CancellationToken token)
        {
            var uncoded = await db.CountryVotes.Where(c => c.CountryCode == null || c.CountryCode.Length != 3).ToListAsync(token);
            foreach (var country in uncoded)
            {
                if (KnownStates.Resolve(country.CountryName) is { } recorded)
                {
                    country.CountryCode = recorded.State.Code;
                    Result = Result with { CountryVotesCoded = Result.CountryVotesCoded + 1 };
                }
            }
        }

        private void MergeFacts(Work work, List<Fact> seedFacts)
        {
            foreach (var seed in seedFacts)
            {
                var outcome = work.ReviseFact(seed.Key, seed.Value, seed.Source, seed.Verified, FactOrigin.Seed, Actor, now);
                if (outcome == FactRevisionOutcome.Added)
                {
                    Result = Result with { FactsAdded = Result.FactsAdded + 1 };
                }
                else if (outcome == FactRevisionOutcome.Revised)
                {
                    Result = Result with { FactsUpdated = Result.FactsUpdated + 1 };
                }
            }
        }

        /// <summary>The English text of each provision the statements point at, for those the database holds.</summary>
        private async Task<Dictionary<(string Symbol, string Anchor), string>> LoadQuotesAsync(List<TextReference> statements, CancellationToken token)
        {
            var symbols = statements.Select(s => s.Symbol).Distinct().ToList();
            var anchors = statements.Select(s => s.Anchor).Distinct().ToList();
            var provisions = await db.Provisions
                .Where(p => p.Expression.Language == QuoteLanguage && symbols.Contains(p.Expression.Work.Symbol) && anchors.Contains(p.Anchor))
                .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Text })
                .ToListAsync(token);
            return provisions
                .Where(p => p.Text.Length > 0)
                .ToDictionary(p => (p.Symbol, p.Anchor), p => p.Text);
        }
    }
}
