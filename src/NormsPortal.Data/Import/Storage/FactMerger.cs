using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Merges the facts a document states into its work's facts (loaded with the work), each through
/// <see cref="Work.ReviseFact"/> with <see cref="FactOrigin.Import"/>:
/// <list type="bullet">
/// <item>a key the work lacks gets a new fact, verified: the document is the UN's own (<see cref="OfficialSources"/>);</item>
/// <item>an equal value changes nothing, whoever stored it, except the source and verified flag of
/// a fact the document may replace (a database imported before sources were named takes the named one);</item>
/// <item>a fact the import may not revise (<see cref="FactOrigin.Seed"/> or <see cref="FactOrigin.Curator"/>,
/// see <see cref="Fact.MayBeRevisedBy"/>) stays: the differing imported value is stored beside it as
/// a fact <c>key.imported</c> for a curator to look at, and removed again once the import agrees;</item>
/// <item>an imported fact the document may replace (see <see cref="DocumentAuthority"/>) takes the
/// new value, its old value going to the history (revised by <see cref="Actor"/>).</item>
/// </list>
/// </summary>
internal sealed class FactMerger(PortalDbContext db, Work work, DocumentAuthority authority, DateTime now, List<ImportMessage> messages)
{
    /// <summary>Suffix of the key under which an imported value that differs from a curated one is kept.</summary>
    public const string ImportedSuffix = ".imported";

    /// <summary>The <see cref="FactRevision.RevisedBy"/> of the importer's revisions.</summary>
    public const string Actor = "import";

    public void Merge(IEnumerable<(string Key, string Value)> facts)
    {
        foreach (var (statedKey, value) in facts)
        {
            var key = authority.KeyFor(statedKey);
            var stored = Find(key);
            if (stored is not null && !stored.MayBeRevisedBy(FactOrigin.Import))
            {
                KeepCurated(stored, value);
            }
            else if (stored is not null && !authority.MayReplaceFact(key, stored.Source))
            {
                if (stored.Value == value)
                {
                    continue;
                }

                messages.Add(new ImportMessage(
                    ImportSeverity.Warning,
                    ImportCodes.ImportedValueKept,
                    $"{key}: kept '{stored.Value}' from {stored.Source}; this document says '{value}'.",
                    authority.Source));
            }
            else
            {
                Revise(key, value);
            }
        }
    }

    private void KeepCurated(Fact curated, string value)
    {
        var besideKey = curated.Key + ImportedSuffix;
        var beside = Find(besideKey);
        if (curated.Value == value)
        {
            // The import agrees with the curated value now: an earlier disagreement is moot.
            if (beside is { Origin: FactOrigin.Import })
            {
                work.Facts.Remove(beside);
                db.Facts.Remove(beside);
            }

            return;
        }

        if (beside?.Value != value)
        {
            Revise(besideKey, value);
        }

        messages.Add(new ImportMessage(
            ImportSeverity.Warning,
            ImportCodes.CuratedValueKept,
            $"{curated.Key}: kept the curated '{curated.Value}'; the imported '{value}' is stored as {besideKey}.",
            authority.Source));
    }

    private Fact? Find(string key) => work.Facts.FirstOrDefault(f => f.Key == key);

    private void Revise(string key, string value) =>
        work.ReviseFact(key, value, authority.Source, verified: true, FactOrigin.Import, Actor, now);
}
