using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Upserts the document's votes by (stage, subject, subject detail). A vote a curator marked
/// <see cref="Vote.Verified"/> is left as it is; the States' votes are replaced as a set when they differ.
/// </summary>
internal static class VoteMerger
{
    public static void Merge(
        PortalDbContext db, Work work, ParsedDocument document, DocumentAuthority authority, RowsAfterSave afterSave, List<ImportMessage> messages)
    {
        foreach (var parsed in document.Votes)
        {
            var vote = work.Votes.FirstOrDefault(v => v.Stage == parsed.Stage && v.Subject == parsed.Subject && v.SubjectDetail == parsed.SubjectDetail);
            if (vote is { Verified: true } || !authority.MaySetShared(vote is not null))
            {
                continue;
            }

            if (vote is null)
            {
                vote = new Vote { Stage = parsed.Stage, Subject = parsed.Subject, SubjectDetail = parsed.SubjectDetail };
                work.Votes.Add(vote);
            }

            vote.Mode = parsed.Mode;
            vote.Yes = parsed.Yes;
            vote.No = parsed.No;
            vote.Abstain = parsed.Abstain;
            vote.Date = parsed.Date;
            vote.Meeting = parsed.Meeting;
            vote.Source = parsed.Source ?? authority.Source;
            ReplaceCountryVotes(db, vote, CountryVotes(parsed, authority, messages), afterSave);
        }
    }

    private static void ReplaceCountryVotes(PortalDbContext db, Vote vote, List<ParsedCountryVote> stated, RowsAfterSave afterSave)
    {
        var order = StringComparer.Ordinal;
        var stored = vote.CountryVotes.OrderBy(c => c.CountryName, order).Select(c => new ParsedCountryVote(c.CountryName, c.Choice, c.CountryCode));
        if (stored.SequenceEqual(stated.OrderBy(c => c.CountryName, order)))
        {
            return;
        }

        var replacesStored = vote.CountryVotes.Count > 0;
        afterSave.Add(async token =>
        {
            if (replacesStored)
            {
                await db.CountryVotes.Where(c => c.VoteId == vote.Id).ExecuteDeleteAsync(token);
            }

            var rows = stated.Select(c => new CountryVote { VoteId = vote.Id, CountryName = c.CountryName, CountryCode = c.CountryCode, Choice = c.Choice }).ToList();
            await RowInserter.InsertAsync(db, rows, token);
        });
    }

    private static List<ParsedCountryVote> CountryVotes(ParsedVote vote, DocumentAuthority authority, List<ImportMessage> messages)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var votes = new List<ParsedCountryVote>();
        foreach (var country in vote.CountryVotes)
        {
            if (seen.Add(country.CountryName))
            {
                votes.Add(country);
                if (country.CountryCode is null)
                {
                    messages.Add(new ImportMessage(ImportSeverity.Warning, ImportCodes.UnknownState, $"{country.CountryName} in the {vote.Stage} vote is not a State the portal knows; the vote is kept without a State code.", authority.Source));
                }
            }
            else
            {
                messages.Add(new ImportMessage(ImportSeverity.Warning, ImportCodes.DuplicateCountryVote, $"{country.CountryName} is listed twice in the {vote.Stage} vote; the first entry counts.", authority.Source));
            }
        }

        return votes;
    }
}
