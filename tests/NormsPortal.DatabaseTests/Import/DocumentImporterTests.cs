using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>Storing a document, storing it again unchanged, and storing a changed version.</summary>
public sealed class DocumentImporterTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Import_NewDocument_StoresWorkFactsTextSponsorsVotesAndRelations(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));

        var result = await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Empty(result.Messages);
        await using var db = database.CreateContext();
        var work = await Stored.LoadWorkAsync(db, SampleDocuments.Symbol);
        Assert.Equal(
            (WorkKind.GaResolution, "General Assembly", "First Committee", SampleDocuments.EnglishTitle, (int?)74, (DateOnly?)new DateOnly(2019, 12, 12)),
            (work.Kind, work.Body, work.Committee, work.Title, work.Session, work.Date));
        Assert.Equal("https://undocs.org/A/RES/74/28", work.OfficialUrl);
        Assert.Equal("/akn/un/statement/deliberation/unga/2019-12-12/74-28/", work.AknWorkIri);

        Assert.Equal(
            [
                ("adoptionMode", "By a recorded vote"), ("agendaItem", "93"), ("committeeReport", "A/74/395"), ("date", "2019-12-12"),
                ("draft", "A/C.1/74/L.49/Rev.1"), ("meeting", "46th plenary meeting"), ("meetingRecord", "A/74/PV.46"),
                ("reportParagraph", "39"), ("session", "74"), ("title", SampleDocuments.EnglishTitle),
            ],
            work.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)));
        Assert.All(work.Facts, f => Assert.Equal((FactOrigin.Import, true, "UN AKN file of A/RES/74/28, English"), (f.Origin, f.Verified, f.Source)));

        var expression = Assert.Single(work.Expressions);
        Assert.Equal(("en", "A_RES_74_28.xml", "akn", (string?)null), (expression.Language, expression.Source, expression.SourceFormat, expression.TextOfSymbol));
        Assert.Equal(DocumentContentHash.Compute(SampleDocuments.Resolution()), expression.ContentHash);
        var provisions = expression.Provisions.OrderBy(p => p.Ordinal).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], provisions.Select(p => p.Ordinal));
        var anchorOf = provisions.ToDictionary(p => p.Id, p => p.Anchor);
        Assert.Equal(
            [("pp1", null), ("pp2", null), ("op1", null), ("op2", null), ("op2a", "op2"), ("op2b", "op2"), ("op2b.i", "op2b"), ("fn1", null)],
            provisions.Select(p => (p.Anchor, p.ParentId is { } parent ? anchorOf[parent] : null)));
        var item = provisions.Single(p => p.Anchor == "op2a");
        Assert.Equal((ProvisionKind.Item, "(a)", "To be guided in their use of ICTs by the 2015 report;"), (item.Kind, item.Number, item.Text));
        var mark = Assert.Single(provisions.Single(p => p.Anchor == "pp1").FootnoteMarks);
        Assert.Equal((50, "fn1"), (mark.Offset, mark.FootnoteAnchor));
        Assert.Equal(ProvisionKind.Footnote, provisions[^1].Kind);

        Assert.Equal(
            [("United States of America", SponsorRole.Sponsor, 1), ("Australia", SponsorRole.Sponsor, 2), ("Japan", SponsorRole.Sponsor, 3), ("Albania", SponsorRole.AdditionalSponsor, 1)],
            work.Sponsors.OrderBy(s => s.Role).ThenBy(s => s.Ordinal).Select(s => (s.Name, s.Role, s.Ordinal)));
        var plenary = Assert.Single(work.Votes, v => v.Stage == VoteStage.Plenary);
        Assert.Equal((VoteSubject.WholeText, VoteMode.Recorded, (int?)163, (int?)10, (int?)6, "46th plenary meeting", false), (plenary.Subject, plenary.Mode, plenary.Yes, plenary.No, plenary.Abstain, plenary.Meeting, plenary.Verified));
        Assert.Equal(
            [("AL", "Albania", CountryVoteChoice.Yes), ("CN", "China", CountryVoteChoice.No), ("IN", "India", CountryVoteChoice.Abstain)],
            plenary.CountryVotes.OrderBy(c => c.CountryName, StringComparer.Ordinal).Select(c => (c.CountryCode, c.CountryName, c.Choice)));
        Assert.Empty(Assert.Single(work.Votes, v => v.Stage == VoteStage.FirstCommittee).CountryVotes);

        var adoptedOn = Assert.Single(work.Relations);
        Assert.Equal((WorkRelationKind.AdoptedOnReport, "A/74/395"), (adoptedOn.Kind, adoptedOn.TargetSymbol));
        // The draft becomes a work of its own, so that the relation has a source.
        var draft = await Stored.LoadWorkAsync(db, "A/C.1/74/L.49/Rev.1");
        Assert.Equal((WorkKind.DraftResolution, "https://undocs.org/A/C.1/74/L.49/Rev.1"), (draft.Kind, draft.OfficialUrl));
        var draftOf = Assert.Single(draft.Relations);
        Assert.Equal((WorkRelationKind.DraftOf, SampleDocuments.Symbol), (draftOf.Kind, draftOf.TargetSymbol));
        Assert.Empty(draft.Expressions);
    }

    [Theory, DatabaseData]
    public async Task Import_SameDocumentAgain_IsUnchangedAndWritesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database), FakeCrossReferenceFinder.Always(new FoundReference("pp1", 24, 5, "73/27", "A/RES/73/27")));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        var before = await Stored.SnapshotAsync(database);

        // A fresh parse of the same file: equal content, new objects, its own parser notes.
        var again = SampleDocuments.Resolution();
        again.Messages.Add(new ImportMessage(ImportSeverity.Repair, "joined-word", "Joined 'o f'."));
        var result = await importer.ImportAsync(again, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, await Stored.SnapshotAsync(database));
    }

    [Theory, DatabaseData]
    public async Task Import_ChangedText_ReplacesProvisionsKeepsAnchorsAndKeepsTheOldTitleInHistory(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        int[] oldProvisionIds;
        Expression oldExpression;
        await using (var db = database.CreateContext())
        {
            oldProvisionIds = await db.Provisions.Select(p => p.Id).ToArrayAsync(Cancel);
            oldExpression = await db.Expressions.AsNoTracking().SingleAsync(Cancel);
        }

        var changed = SampleDocuments.Resolution();
        changed.Provisions[0].Text = "Recalling its resolutions 73/27 of 5 December 2018 and 73/266 of 22 December 2018,";
        changed.Title = "Advancing responsible State behaviour in cyberspace";
        var result = await importer.ImportAsync(changed, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        await using var read = database.CreateContext();
        var provisions = await read.Provisions.Include(p => p.FootnoteMarks).OrderBy(p => p.Ordinal).ToListAsync(Cancel);
        Assert.Equal(["pp1", "pp2", "op1", "op2", "op2a", "op2b", "op2b.i", "fn1"], provisions.Select(p => p.Anchor));
        Assert.Empty(provisions.Select(p => p.Id).Intersect(oldProvisionIds));
        Assert.Equal(changed.Provisions[0].Text, provisions[0].Text);
        Assert.Equal(provisions.Single(p => p.Anchor == "op2").Id, provisions.Single(p => p.Anchor == "op2b").ParentId);
        Assert.Equal(provisions.Single(p => p.Anchor == "op2b").Id, provisions.Single(p => p.Anchor == "op2b.i").ParentId);
        Assert.Equal(1, await read.FootnoteMarks.CountAsync(Cancel));
        Assert.Equal(provisions[0].Id, Assert.Single(provisions[0].FootnoteMarks).ProvisionId);

        var expression = await read.Expressions.SingleAsync(Cancel);
        Assert.Equal(oldExpression.Id, expression.Id);
        Assert.Equal(oldExpression.Version + 1, expression.Version);
        Assert.Equal(DocumentContentHash.Compute(changed), expression.ContentHash);
        Assert.NotEqual(oldExpression.ContentHash, expression.ContentHash);

        var title = await read.Facts.Include(f => f.History).SingleAsync(f => f.Key == FactKeys.Title, Cancel);
        Assert.Equal(changed.Title, title.Value);
        var revision = Assert.Single(title.History);
        Assert.Equal((SampleDocuments.EnglishTitle, "import", FactOrigin.Import, "UN AKN file of A/RES/74/28, English"), (revision.OldValue, revision.RevisedBy, revision.OldOrigin, revision.OldSource));
        Assert.Equal((changed.Title, FactOrigin.Import, true, "UN AKN file of A/RES/74/28, English"), (revision.NewValue, revision.NewOrigin, revision.NewVerified, revision.NewSource));
        Assert.Equal(changed.Title, (await read.Works.SingleAsync(w => w.Symbol == SampleDocuments.Symbol, Cancel)).Title);
        // Facts whose value did not change were not rewritten.
        Assert.All(await read.Facts.Where(f => f.Key != FactKeys.Title).ToListAsync(Cancel), f => Assert.Equal(1, f.Version));
    }

    [Theory, DatabaseData]
    public async Task Import_TextStoredBeforeTheFormulaWasKept_StoresTheFormulaFirstAndLeavesItOutOfTheIndex(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        // What the importers produced before the formula was kept: the same text without it.
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);

        var withFormula = SampleDocuments.Resolution();
        withFormula.AddEnactingFormula("The General Assembly,");
        var result = await importer.ImportAsync(withFormula, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        await using var read = database.CreateContext();
        var provisions = await read.Provisions.OrderBy(p => p.Ordinal).ToListAsync(Cancel);
        Assert.Equal(["formula", "pp1", "pp2", "op1", "op2", "op2a", "op2b", "op2b.i", "fn1"], provisions.Select(p => p.Anchor));
        Assert.Equal((ProvisionKind.Formula, "", "The General Assembly,", 1, (int?)null), (provisions[0].Kind, provisions[0].Number, provisions[0].Text, provisions[0].Ordinal, provisions[0].ParentId));
        var indexed = await read.SearchEntries.Where(e => e.Kind == SearchEntryKind.Paragraph).Select(e => e.Anchor).ToListAsync(Cancel);
        Assert.Contains("pp1", indexed);
        Assert.DoesNotContain("formula", indexed);
    }

    [Theory, DatabaseData]
    public async Task Import_ChangedVotesAndSponsors_UpdatesTheVoteInPlaceAndReplacesTheLists(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        int plenaryId;
        await using (var db = database.CreateContext())
        {
            plenaryId = await db.Votes.Where(v => v.Stage == VoteStage.Plenary).Select(v => v.Id).SingleAsync(Cancel);
        }

        var changed = SampleDocuments.Resolution();
        changed.Votes[0] = changed.Votes[0] with
        {
            Yes = 164,
            CountryVotes = [new ParsedCountryVote("Albania", CountryVoteChoice.Yes, "AL"), new ParsedCountryVote("India", CountryVoteChoice.Yes, "IN")],
        };
        changed.AdditionalSponsors.Add("Andorra");
        var result = await importer.ImportAsync(changed, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        await using var read = database.CreateContext();
        var plenary = await read.Votes.Include(v => v.CountryVotes).SingleAsync(v => v.Stage == VoteStage.Plenary, Cancel);
        Assert.Equal((plenaryId, (int?)164, 2L), (plenary.Id, plenary.Yes, plenary.Version));
        Assert.Equal([("Albania", CountryVoteChoice.Yes), ("India", CountryVoteChoice.Yes)], plenary.CountryVotes.OrderBy(c => c.CountryName, StringComparer.Ordinal).Select(c => (c.CountryName, c.Choice)));
        Assert.Equal(2, await read.CountryVotes.CountAsync(Cancel));
        Assert.Equal(1, (await read.Votes.SingleAsync(v => v.Stage == VoteStage.FirstCommittee, Cancel)).Version);
        Assert.Equal(
            ["United States of America", "Australia", "Japan", "Albania", "Andorra"],
            (await read.Sponsors.ToListAsync(Cancel)).OrderBy(s => s.Role).ThenBy(s => s.Ordinal).Select(s => s.Name));
    }

    [Theory, DatabaseData]
    public async Task Import_VerifiedVote_IsLeftAsItIs(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        await using (var db = database.CreateContext())
        {
            var plenary = await db.Votes.SingleAsync(v => v.Stage == VoteStage.Plenary, Cancel);
            plenary.Verified = true;
            await db.SaveChangesAsync(Cancel);
        }

        var changed = SampleDocuments.Resolution();
        changed.Votes[0] = changed.Votes[0] with { Yes = 1 };
        await importer.ImportAsync(changed, cancellationToken: Cancel);

        await using var read = database.CreateContext();
        var vote = await read.Votes.SingleAsync(v => v.Stage == VoteStage.Plenary, Cancel);
        Assert.Equal(((int?)163, 2L), (vote.Yes, vote.Version));
    }

    [Theory, DatabaseData]
    public async Task Import_ForcedSameDocument_StoresTheTextAgain(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(SampleDocuments.Resolution(), cancellationToken: Cancel);
        int[] before;
        await using (var db = database.CreateContext())
        {
            before = await db.Provisions.Select(p => p.Id).ToArrayAsync(Cancel);
        }

        var result = await importer.ImportAsync(SampleDocuments.Resolution(), new ImportOptions { Force = true }, Cancel);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        await using var read = database.CreateContext();
        var after = await read.Provisions.Select(p => p.Id).ToArrayAsync(Cancel);
        Assert.Equal(before.Length, after.Length);
        Assert.Empty(after.Intersect(before));
        Assert.All(await read.Facts.ToListAsync(Cancel), f => Assert.Equal(1, f.Version));
    }

    [Theory, DatabaseData]
    public async Task Import_LongDocumentWithAFullRollCall_StoresEveryRowInReadingOrder(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database));
        // More rows than fit one multi-row statement: provisions, their items, States' votes.
        var document = SampleDocuments.Plain("A/RES/75/1", "A_RES_75_1.xml", provisions: 300);
        foreach (var paragraph in document.Provisions.Take(150))
        {
            paragraph.Children.Add(new ParsedProvision { Kind = ProvisionKind.Item, Number = "(a)", Anchor = paragraph.Anchor + "a", Text = "An item." });
            paragraph.FootnoteMarks.Add(new ParsedFootnoteMark(3, "fn1"));
        }

        document.Footnotes.Add(new ParsedProvision { Kind = ProvisionKind.Footnote, Number = "1", Anchor = "fn1", Text = "A footnote." });
        document.Votes.Add(new ParsedVote
        {
            Mode = VoteMode.Recorded,
            CountryVotes = [.. Enumerable.Range(1, 250).Select(i => new ParsedCountryVote($"State {i:D3}", CountryVoteChoice.Yes))],
        });

        var result = await importer.ImportAsync(document, cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.CreateContext();
        var provisions = await db.Provisions.OrderBy(p => p.Ordinal).ToListAsync(Cancel);
        var expected = document.AllProvisions().Select(p => p.Anchor).ToList();
        Assert.Equal(451, expected.Count);
        Assert.Equal(expected, provisions.Select(p => p.Anchor));
        Assert.Equal(Enumerable.Range(1, 451), provisions.Select(p => p.Ordinal));
        var idOf = provisions.ToDictionary(p => p.Anchor, p => p.Id);
        Assert.All(provisions.Where(p => p.Anchor.EndsWith('a')), item => Assert.Equal(idOf[item.Anchor[..^1]], item.ParentId));
        Assert.Equal(150, await db.FootnoteMarks.CountAsync(Cancel));
        Assert.Equal(250, await db.CountryVotes.CountAsync(Cancel));
        Assert.Equal("State 250", (await db.CountryVotes.OrderByDescending(c => c.CountryName).FirstAsync(Cancel)).CountryName);
    }

    [Theory, DatabaseData]
    public async Task ImportMany_CancelledAfterTheSecondDocument_StopsWithTheFirstTwoStored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var importer = new DocumentImporter(new TestContextFactory(database), FakeCrossReferenceFinder.Always());
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportManyAsync(
            Enumerable.Range(1, 6).Select(n => SampleDocuments.Numbered(n)), new CancelWhenProcessed(2, cancel), cancel.Token));

        await using var db = database.CreateContext();
        Assert.Equal(["A/RES/75/1", "A/RES/75/2"], await db.Works.OrderBy(w => w.Id).Select(w => w.Symbol).ToListAsync(Cancel));
    }

    /// <summary>Cancels the batch as soon as it reports that many documents done (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class CancelWhenProcessed(int processed, CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Processed == processed)
            {
                cancel.Cancel();
            }
        }
    }
}
