using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Merges the facts a document states into its work's facts (loaded with the work):
/// <list type="bullet">
/// <item>a key the work lacks gets a new unverified fact with <see cref="FactOrigin.Import"/>;</item>
/// <item>an equal value changes nothing, whoever stored it;</item>
/// <item>a curated fact (<see cref="FactOrigin.Seed"/> or <see cref="FactOrigin.Curator"/>) is never
/// overwritten: the differing imported value is stored beside it as an unverified fact
/// <c>key.imported</c> for a curator to look at, and removed again once the import agrees;</item>
/// <item>an imported fact the document may replace (see <see cref="DocumentAuthority"/>) takes the
/// new value, its old value going to the history (replaced by <c>import</c>).</item>
/// </list>
/// </summary>
internal sealed class FactMerger(PortalDbContext db, Work work, DocumentAuthority authority, DateTime now, List<ImportMessage> messages)
{
    /// <summary>Suffix of the key under which an imported value that differs from a curated one is kept.</summary>
    public const string ImportedSuffix = ".imported";

    /// <summary>The <see cref="FactRevision.ReplacedBy"/> of values the importer replaced.</summary>
    public const string ReplacedBy = "import";

    public void Merge(IEnumerable<(string Key, string Value)> facts)
    {
        foreach (var (statedKey, value) in facts)
        {
            var key = authority.KeyFor(statedKey);
            var stored = Find(key);
            if (stored is null)
            {
                Add(key, value);
            }
            else if (stored.Origin is FactOrigin.Seed or FactOrigin.Curator)
            {
                KeepCurated(stored, value);
            }
            else if (stored.Value == value)
            {
                continue;
            }
            else if (authority.MayReplaceFact(key, stored.Source))
            {
                Replace(stored, value);
            }
            else
            {
                messages.Add(new ImportMessage(
                    ImportSeverity.Warning,
                    ImportCodes.ImportedValueKept,
                    $"{key}: kept '{stored.Value}' from {stored.Source}; this document says '{value}'.",
                    authority.Source));
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

        if (beside is null)
        {
            Add(besideKey, value);
        }
        else if (beside.Origin == FactOrigin.Import && beside.Value != value)
        {
            Replace(beside, value);
        }

        messages.Add(new ImportMessage(
            ImportSeverity.Warning,
            ImportCodes.CuratedValueKept,
            $"{curated.Key}: kept the curated '{curated.Value}'; the imported '{value}' is stored as {besideKey}.",
            authority.Source));
    }

    private Fact? Find(string key) => work.Facts.FirstOrDefault(f => f.Key == key);

    private void Add(string key, string value)
    {
        var fact = new Fact { Work = work, Key = key, Value = value, Source = authority.Source, Verified = false, Origin = FactOrigin.Import };
        work.Facts.Add(fact);
        db.Facts.Add(fact);
    }

    private void Replace(Fact fact, string value)
    {
        db.FactRevisions.Add(new FactRevision
        {
            FactId = fact.Id,
            Value = fact.Value,
            Source = fact.Source,
            Verified = fact.Verified,
            Origin = fact.Origin,
            ReplacedAt = now,
            ReplacedBy = ReplacedBy,
        });
        fact.Value = value;
        fact.Source = authority.Source;
        fact.Verified = false;
    }
}
