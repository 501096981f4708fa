using System.Text.RegularExpressions;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Checks the seed files against each other: every symbol a track, report or roll call names is
/// unique or known, a value is never both confirmed and unverified, each roll call's Member States
/// add up to its counts and agree with the document's own tally, norms are numbered 1.1 to 1.N
/// with counterparts the mapping can read. Reports every problem at once.
/// </summary>
internal static partial class SeedCatalogValidator
{
    public static void ThrowIfInvalid(SeedCatalog catalog)
    {
        var problems = new SeedProblems("The seed catalogue");
        CheckDocuments(catalog, problems);
        CheckSeries(catalog, problems);
        CheckRollCalls(catalog, problems);
        CheckNorms(catalog, problems);
        problems.ThrowIfAny();
    }

    private static void CheckDocuments(SeedCatalog catalog, SeedProblems problems)
    {
        foreach (var symbol in Duplicates(catalog.Documents.Select(d => d.Symbol)))
        {
            problems.Add($"{SeedCatalog.DocumentsFile}: {symbol} appears more than once.");
        }

        foreach (var document in catalog.Documents)
        {
            if (document.DateMeaning is not ("adopted" or "issued"))
            {
                problems.Add($"{document.Symbol}: dateMeaning \"{document.DateMeaning}\" is neither adopted nor issued.");
            }

            var confirmed = new Dictionary<string, bool>(StringComparer.Ordinal)
            {
                ["title"] = document.Title is not null,
                ["date"] = document.Date is not null,
                ["agendaItem"] = document.AgendaItem is not null,
                ["vote"] = document.Votes.Count > 0,
            };
            foreach (var value in document.Unverified.Where(u => confirmed.GetValueOrDefault(u.Key)))
            {
                problems.Add($"{document.Symbol}: {value.Key} is both confirmed and unverified.");
            }

            foreach (var stage in Duplicates(document.Votes.Select(v => v.Stage.ToString())))
            {
                problems.Add($"{document.Symbol}: two votes at stage {stage}.");
            }
        }
    }

    private static void CheckSeries(SeedCatalog catalog, SeedProblems problems)
    {
        var documents = catalog.Documents.Select(d => d.Symbol).ToHashSet(StringComparer.Ordinal);
        foreach (var key in Duplicates(catalog.Tracks.Select(t => t.Key).Append(Track.PrecursorsKey)))
        {
            problems.Add($"{SeedCatalog.SeriesFile}: track \"{key}\" is named twice (\"{Track.PrecursorsKey}\" is kept for the precursors).");
        }

        foreach (var track in catalog.Tracks)
        {
            if (track.Members.Count == 0)
            {
                problems.Add($"{SeedCatalog.SeriesFile}: track \"{track.Key}\" has no members.");
            }

            foreach (var member in Duplicates(track.Members))
            {
                problems.Add($"{SeedCatalog.SeriesFile}: {member} is twice in track \"{track.Key}\".");
            }
        }

        foreach (var precursor in catalog.Precursors.Where(p => !documents.Contains(p)))
        {
            problems.Add($"{SeedCatalog.SeriesFile}: precursor {precursor} is not in {SeedCatalog.DocumentsFile}.");
        }

        foreach (var member in Duplicates(catalog.Precursors))
        {
            problems.Add($"{SeedCatalog.SeriesFile}: precursor {member} is named twice.");
        }

        foreach (var report in catalog.Reports)
        {
            if (catalog.FindDocument(report.Symbol) is not { Kind: WorkKind.Report })
            {
                problems.Add($"{SeedCatalog.SeriesFile}: report {report.Symbol} is not a report of {SeedCatalog.DocumentsFile}.");
            }

            if (!documents.Contains(report.EndorsedBy))
            {
                problems.Add($"{SeedCatalog.SeriesFile}: {report.EndorsedBy}, which endorsed {report.Symbol}, is not in {SeedCatalog.DocumentsFile}.");
            }
        }

        foreach (var symbol in Duplicates(catalog.Reports.Select(r => r.Symbol)))
        {
            problems.Add($"{SeedCatalog.SeriesFile}: report {symbol} is listed twice.");
        }
    }

    private static void CheckRollCalls(SeedCatalog catalog, SeedProblems problems)
    {
        foreach (var symbol in Duplicates(catalog.RollCalls.Select(r => r.Resolution)))
        {
            problems.Add($"{SeedCatalog.RollCallsFile}: {symbol} has more than one roll call.");
        }

        foreach (var rollCall in catalog.RollCalls)
        {
            var name = $"{SeedCatalog.RollCallsFile}: rcid {rollCall.Rcid} ({rollCall.Resolution})";
            var tally = (
                Yes: rollCall.CountryVotes.Count(c => c.Choice == CountryVoteChoice.Yes),
                No: rollCall.CountryVotes.Count(c => c.Choice == CountryVoteChoice.No),
                Abstain: rollCall.CountryVotes.Count(c => c.Choice == CountryVoteChoice.Abstain));
            if (tally != (rollCall.Yes, rollCall.No, rollCall.Abstain))
            {
                problems.Add($"{name} counts {rollCall.Yes}-{rollCall.No}-{rollCall.Abstain}, but its Member States' votes add up to {tally.Yes}-{tally.No}-{tally.Abstain}.");
            }

            foreach (var country in Duplicates(rollCall.CountryVotes.Select(c => c.CountryName)))
            {
                problems.Add($"{name}: {country} votes twice.");
            }

            foreach (var country in rollCall.CountryVotes.Where(c => KnownStates.Resolve(c.CountryName) is null))
            {
                problems.Add($"{name}: {country.CountryName} is not a State of the States vocabulary; add the name there.");
            }

            if (catalog.FindDocument(rollCall.Resolution) is not { } document)
            {
                problems.Add($"{name}: the resolution is not in {SeedCatalog.DocumentsFile}.");
            }
            else if (document.Votes.FirstOrDefault(v => v.Stage == VoteStage.Plenary) is { } plenary
                && (plenary.Mode != VoteMode.Recorded || (plenary.Yes, plenary.No, plenary.Abstain) != (rollCall.Yes, rollCall.No, rollCall.Abstain)))
            {
                problems.Add($"{name} disagrees with the plenary vote of {SeedCatalog.DocumentsFile} ({plenary.Mode} {plenary.Yes}-{plenary.No}-{plenary.Abstain}).");
            }
        }
    }

    private static void CheckNorms(SeedCatalog catalog, SeedProblems problems)
    {
        foreach (var number in Duplicates(catalog.Norms.Select(n => n.Number)))
        {
            problems.Add($"{SeedCatalog.NormSourcesFile}: norm {number} appears more than once.");
        }

        foreach (var norm in catalog.Norms)
        {
            if (!NormNumber().IsMatch(norm.Number))
            {
                problems.Add($"{SeedCatalog.NormSourcesFile}: \"{norm.Number}\" is not a paragraph 1 item number such as 1.6.");
            }

            foreach (var paragraph in norm.Gge2015Paragraphs.Where(p => !SeedNorms.IsGge2015Paragraph(p)))
            {
                problems.Add($"{SeedCatalog.NormSourcesFile}: norm {norm.Number}: \"{paragraph}\" is not a paragraph such as 13(f).");
            }

            if (norm.Gge2015Paragraphs.Count == 0 && norm.Earlier is null)
            {
                problems.Add($"{SeedCatalog.NormSourcesFile}: norm {norm.Number} has no counterpart.");
            }

            if (norm.Earlier is { } earlier && !ParagraphNumber().IsMatch(earlier.Paragraph))
            {
                problems.Add($"{SeedCatalog.NormSourcesFile}: norm {norm.Number}: earlier paragraph \"{earlier.Paragraph}\" is not a paragraph number.");
            }
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

    [GeneratedRegex(@"^1\.\d+$")]
    private static partial Regex NormNumber();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex ParagraphNumber();
}
