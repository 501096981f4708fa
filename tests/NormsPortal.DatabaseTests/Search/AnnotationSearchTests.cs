using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// Curators' published notes are searched as a kind of their own, on both providers, and the index follows every
/// step of their workflow in the save that takes it, with no writer remembering it: publishing adds a note,
/// unpublishing, deleting and orphaning take it out, restoring brings it back, editing replaces its words. Only the
/// words a reader sees are indexed (the rendered note's text), and a draft is never found.
/// </summary>
public sealed class AnnotationSearchTests
{
    private const string Alice = LibraryUnderTest.Alice;
    private const string Symbol = "A/RES/73/27";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task PublishedAnnotation_IsFoundByAWordOfItsBody_AsAnAnnotation_WithItsFacetAndItsParagraphsPermalink(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var (annotations, search) = Services(library);
        await CreateAsync(annotations, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6" }, "**Quokkas** read this [clause](https://example.org) `narrowly`.", "published");
        await CreateAsync(annotations, new BookmarkTargetDto { Symbol = Symbol }, "Zymurgy is a draft's word.", "draft");

        var found = await search.SearchAsync(new SearchRequest("quokka"), Cancel);
        var onlyNotes = await search.SearchAsync(new SearchRequest("quokka kind:annotation"), Cancel);

        var work = Assert.Single(found.Items);
        Assert.Equal(Symbol, work.Symbol);
        var note = Assert.Single(work.Paragraphs);
        Assert.True(note.Annotation);
        Assert.Equal(("op1.6", "/documents/A/RES/73/27?lang=en#op1.6"), (note.Anchor, note.Url));
        Assert.Equal("<mark>Quokkas</mark> read this clause narrowly.", note.SnippetHtml);
        var facet = Assert.Single(found.Facets.Kind, f => f.Value == "annotation");
        Assert.Equal((1, "kind:annotation"), (facet.Count, facet.Filter));
        Assert.Equal(1, found.Total);
        Assert.Equal([Symbol], onlyNotes.Items.Select(i => i.Symbol));
        // The paragraph's own words are not a note's: kind:annotation keeps the notes only.
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("knowingly kind:annotation"), Cancel)).Total);
        Assert.All((await search.SearchAsync(new SearchRequest("knowingly"), Cancel)).Items.SelectMany(i => i.Paragraphs), p => Assert.False(p.Annotation));
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("zymurgy"), Cancel)).Total);
        await SearchIndexAssert.InStepAsync(library.Database);
    }

    [Theory, DatabaseData]
    public async Task AnnotationFacet_CountsAWorkWhoseNoteAndParagraphsMatchBoth_Once(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var (annotations, search) = Services(library);
        await CreateAsync(annotations, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6" }, "Read **knowingly** with the clause before.", "published");
        await CreateAsync(annotations, new BookmarkTargetDto { Symbol = Symbol }, "Knowingly, again.", "published");

        var found = await search.SearchAsync(new SearchRequest("knowingly"), Cancel);

        var facet = Assert.Single(found.Facets.Kind, f => f.Value == "annotation");
        Assert.Equal(1, facet.Count);
        Assert.Contains(found.Items.Single(i => i.Symbol == Symbol).Paragraphs, p => !p.Annotation);
        Assert.Equal(found.Total, found.Facets.Kind.Where(f => f.Value != "annotation").Sum(f => f.Count));
    }

    [Theory, DatabaseData]
    public async Task Annotation_LeavesTheIndexWhenUnpublishedDeletedOrOrphaned_AndComesBackWhenPublishedOrRestored(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var (annotations, search) = Services(library);
        var note = await CreateAsync(annotations, new BookmarkTargetDto { Norm = "1.6" }, "Quokkas are a curator's word.", "draft");
        async Task<int> FoundAsync() => (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total;

        Assert.Equal(0, await FoundAsync());
        note = await UpdateAsync(annotations, note, null, "published");
        Assert.Equal(1, await FoundAsync());
        // A norm's note stands beside the paragraph that states the norm.
        Assert.Equal("/documents/A/RES/73/27?lang=en#op1.6", (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Items[0].Paragraphs[0].Url);
        note = await UpdateAsync(annotations, note, null, "unpublished");
        Assert.Equal(0, await FoundAsync());
        note = await UpdateAsync(annotations, note, null, "published");
        Assert.Equal(1, await FoundAsync());
        Assert.Equal(LibraryOutcomeStatus.Done, (await annotations.SetDeletedAsync(Alice, note.Id, deleted: true, Cancel)).Status);
        Assert.Equal(0, await FoundAsync());
        Assert.Equal(LibraryOutcomeStatus.Done, (await annotations.SetDeletedAsync(Alice, note.Id, deleted: false, Cancel)).Status);
        Assert.Equal(1, await FoundAsync());

        // A re-import orphans a note by setting its OrphanedAt in its own save, as here.
        await using (var db = library.Database.CreateContext())
        {
            (await db.Annotations.SingleAsync(a => a.Id == note.Id, Cancel)).OrphanedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal(0, await FoundAsync());
        await using var check = library.Database.CreateContext();
        Assert.Equal(0, await check.SearchEntries.CountAsync(e => e.Kind == SearchEntryKind.Annotation, Cancel));
        await SearchIndexAssert.InStepAsync(library.Database);
    }

    [Theory, DatabaseData]
    public async Task EditedAnnotation_IsFoundByItsNewWords_NeverByItsOldOnes(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var (annotations, search) = Services(library);
        var note = await CreateAsync(annotations, new BookmarkTargetDto { Symbol = Symbol }, "Quokkas first.", "published");

        await UpdateAsync(annotations, note, "Wombats *now*.", null);

        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);
        var hit = Assert.Single(Assert.Single((await search.SearchAsync(new SearchRequest("wombat"), Cancel)).Items).Paragraphs);
        // A note on the whole work is shown atop its document.
        Assert.Equal(("", "/documents/A/RES/73/27?lang=en", true), (hit.Anchor, hit.Url, hit.Annotation));
        await using var db = library.Database.CreateContext();
        Assert.Equal(["Wombats now."], await db.SearchEntries.Where(e => e.Kind == SearchEntryKind.Annotation).Select(e => e.Text).ToListAsync(Cancel));
        await SearchIndexAssert.InStepAsync(library.Database);
    }

    [Theory, DatabaseData]
    public async Task AnnotationsPublishedAtOnce_AreAllSaved_AndAllFound(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var (annotations, search) = Services(library);

        // Each save writes its own note's row, keyed by the note: saves at once never reach for the same id.
        var notes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            CreateAsync(annotations, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6" }, $"Quokkas, note {i}.", "published")));

        var work = Assert.Single((await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Items);
        Assert.Equal(notes.Length, work.ParagraphTotal);
        await SearchIndexAssert.InStepAsync(library.Database);
    }

    [Theory, DatabaseData]
    public async Task NoteOnAWorkNotYetHeld_IsFound_OnceAnImportAddsTheWork(DatabaseKind kind)
    {
        const string laterSymbol = "A/RES/80/1";
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var (_, search) = Services(library);
        await using (var db = library.Database.CreateContext())
        {
            db.Annotations.Add(new Annotation { Kind = BookmarkKind.Work, Symbol = laterSymbol, Body = "Quokkas ahead.", Status = AnnotationStatus.Published, CreatedBy = Alice });
            await db.SaveChangesAsync(Cancel);
        }

        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);

        // The import's save reads the notes on the work it adds, not every note.
        var imported = await new DocumentImporter(new TestContextFactory(library.Database))
            .ImportAsync(SampleDocuments.Plain(laterSymbol, "A_RES_80_1.xml"), cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Imported, imported.Outcome);
        Assert.Equal([laterSymbol], (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Items.Select(i => i.Symbol));
        await SearchIndexAssert.InStepAsync(library.Database);
    }

    private static (AnnotationService Annotations, SearchService Search) Services(LibraryUnderTest library) =>
        (new AnnotationService(new TestContextFactory(library.Database), new MarkdownRenderer(), new AuditLog()),
         new SearchService(new TestContextFactory(library.Database), library.Database.Provider));

    private static async Task<AnnotationDto> CreateAsync(AnnotationService service, BookmarkTargetDto target, string body, string status)
    {
        var outcome = await service.CreateAsync(Alice, new AnnotationCreateRequest(target, body, status), Cancel);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }

    private static async Task<AnnotationDto> UpdateAsync(AnnotationService service, AnnotationDto annotation, string? body, string? status)
    {
        var outcome = await service.UpdateAsync(Alice, annotation.Id, new AnnotationUpdateRequest(annotation.Version, body, status), Cancel);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }
}
