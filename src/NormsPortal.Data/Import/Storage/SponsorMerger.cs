using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Replaces a work's sponsors by the document's lists (sponsors, then additional sponsors, each in
/// published order) when they differ. A document that names none leaves the stored list alone.
/// </summary>
internal static class SponsorMerger
{
    public static void Merge(PortalDbContext db, Work work, ParsedDocument document, DocumentAuthority authority, List<ImportMessage> messages)
    {
        var stated = Stated(document, authority, messages);
        if (stated.Count == 0 || !authority.MaySetShared(work.Sponsors.Count > 0))
        {
            return;
        }

        var stored = work.Sponsors.OrderBy(s => s.Role).ThenBy(s => s.Ordinal).Select(s => (s.Name, s.Role, s.Ordinal));
        if (stored.SequenceEqual(stated))
        {
            return;
        }

        db.Sponsors.RemoveRange(work.Sponsors);
        work.Sponsors.Clear();
        foreach (var (name, role, ordinal) in stated)
        {
            work.Sponsors.Add(new Sponsor { Name = name, Role = role, Ordinal = ordinal, Source = authority.Source });
        }
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
