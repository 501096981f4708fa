using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Maps the catalogue's documents to <see cref="Work"/> rows (not yet in any database) with their
/// facts, votes and the reports' endorsements: a <see cref="WorkRelationKind.Endorses"/> relation
/// from the endorsing resolution to the report, whose source is the report's <c>endorsement</c>.
/// Every source of every document ends up on a fact, a vote or a relation.
/// </summary>
public static class SeedWorks
{
    public static List<Work> Map(SeedCatalog catalog)
    {
        var books = catalog.Documents.ToDictionary(d => d.Symbol, d => new SourceBook(d), StringComparer.Ordinal);
        var works = new Dictionary<string, Work>(StringComparer.Ordinal);
        foreach (var document in catalog.Documents)
        {
            var book = books[document.Symbol];
            var work = new Work { Symbol = document.Symbol, Kind = document.Kind, OfficialUrl = document.OfficialUrl };
            work.Facts.AddRange(DocumentFacts.For(document, book, catalog.Reports.FirstOrDefault(r => r.Symbol == document.Symbol)));
            work.Votes.AddRange(DocumentVotes.For(document, book, catalog.RollCalls.FirstOrDefault(r => r.Resolution == document.Symbol)));
            works.Add(document.Symbol, work);
        }

        foreach (var report in catalog.Reports)
        {
            works[report.EndorsedBy].Relations.Add(new WorkRelation
            {
                Kind = WorkRelationKind.Endorses,
                TargetSymbol = report.Symbol,
                Source = books[report.Symbol].Use("endorsement"),
            });
        }

        foreach (var work in works.Values)
        {
            DocumentFacts.AddLeftOverSources(work.Facts, books[work.Symbol]);
            work.CopyFactsToColumns();
        }

        return [.. works.Values];
    }
}
