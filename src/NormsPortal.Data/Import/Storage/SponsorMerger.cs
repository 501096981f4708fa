using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Replaces a work's sponsors by the document's lists (sponsors, then additional sponsors, each in
/// published order) when they differ. A document that names none leaves the stored list alone.
/// </summary>
internal static class SponsorMerger
{
    public static void Merge(
        PortalDbContext db, Work work, ParsedDocument document, DocumentAuthority authority, RowsAfterSave afterSave, List<ImportMessage> messages)
    {
        var stated = Stated(document, authority, messages);
        if (stated.Count == 0 || !authority.MaySetShared(work.Sponsors.Count > 0))
        {
            return;
        }

        var stored = work.Sponsors.OrderBy(s => s.Role).ThenBy(s => s.Ordinal).Select(s => (s.Name, s.Role, s.Ordinal));
        if (stored.SequenceEqual(stated) && work.Sponsors.All(s => s.Source == authority.Source))
        {
            return;
        }

        var replacesStored = work.Sponsors.Count > 0;
        afterSave.Add(async token =>
        {
            if (replacesStored)
            {
                await db.Sponsors.Where(s => s.WorkId == work.Id).ExecuteDeleteAsync(token);
            }

            var rows = stated.Select(s => new Sponsor { WorkId = work.Id, Name = s.Name, Role = s.Role, Ordinal = s.Ordinal, Source = authority.Source }).ToList();
            await RowInserter.InsertAsync(db, rows, token);
        });
    }

    private static List<(string Name, SponsorRole Role, int Ordinal)> Stated(ParsedDocument document, DocumentAuthority authority, List<ImportMessage> messages)
    {
        var stated = new List<(string, SponsorRole, int)>();
        foreach (var (role, names) in new[] { (SponsorRole.Sponsor, document.Sponsors), (SponsorRole.AdditionalSponsor, document.AdditionalSponsors) })
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
            {
                if (seen.Add(name))
                {
                    stated.Add((name, role, seen.Count));
                }
                else
                {
                    messages.Add(new ImportMessage(ImportSeverity.Warning, ImportCodes.DuplicateSponsor, $"{name} is listed twice as {role}; the first place counts.", authority.Source));
                }
            }
        }

        return stated;
    }
}
