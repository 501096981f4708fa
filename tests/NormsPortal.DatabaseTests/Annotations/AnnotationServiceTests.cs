using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.DatabaseTests.Annotations;

/// <summary>
/// The annotation service on a real database of each provider (the library's sample: 73/27 with op1.6, norm 1.6,
/// two users, here acting as admins): the workflow's visibility, no lost update, the history and its restores, and
/// the audit log written with each change and never without it.
/// </summary>
public sealed class AnnotationServiceTests
{
    private const string Alice = LibraryUnderTest.Alice;
    private const string Bob = LibraryUnderTest.Bob;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly BookmarkTargetDto s_paragraph = new() { Symbol = "A/RES/73/27", Anchor = "op1.6" };

    [Theory, DatabaseData]
    public async Task Workflow_ThePublicSeesOnlyPublishedAnnotations_NeverDraftsWithdrawnOrDeletedOnes(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var service = Service(library);
        var draft = await CreateAsync(service, s_paragraph, "A draft", "draft");
        var published = await CreateAsync(service, s_paragraph, "Published on A/RES/73/27#op1", "published");
        var withdrawn = await CreateAsync(service, new BookmarkTargetDto { Norm = "1.6" }, "Withdrawn", "published");
        var deleted = await CreateAsync(service, new BookmarkTargetDto { Symbol = "A/RES/73/27" }, "Deleted", "published");
        await service.UpdateAsync(Alice, withdrawn.Id, new AnnotationUpdateRequest(withdrawn.Version, null, "unpublished"), Cancel);
        await service.SetDeletedAsync(Alice, deleted.Id, deleted: true, Cancel);

        var (items, total) = await service.ListAsync(new AnnotationListQuery(), withSource: false, Cancel);
        var onNorm = await service.PublishedForNormAsync("1.6", Cancel);
        var onWork = await service.PublishedForWorkAsync("A/RES/73/27", Cancel);

        Assert.Equal(1, total);
        var shown = Assert.Single(items);
        Assert.Equal(published.Id, shown.Id);
        Assert.Null(shown.Body);
        Assert.Contains("<a href=\"/documents/A/RES/73/27#op1\"", shown.BodyHtml, StringComparison.Ordinal);
        // The norm page shows the annotations of the paragraph stating it, the document page each beside its paragraph.
        Assert.Equal([published.Id], onNorm.Select(a => a.Id));
        Assert.Equal([published.Id], onWork["op1.6"].Select(a => a.Id));
        Assert.Empty(onWork[""]);
        Assert.Null(await service.GetAsync(draft.Id, withSource: false, Cancel));
        Assert.Null(await service.GetAsync(deleted.Id, withSource: false, Cancel));
        Assert.Equal([draft.Id], (await service.ListAsync(new AnnotationListQuery { Status = AnnotationStatusFilter.Draft }, true, Cancel)).Items.Select(a => a.Id));
        Assert.Equal([deleted.Id], (await service.ListAsync(new AnnotationListQuery { Status = AnnotationStatusFilter.Deleted }, true, Cancel)).Items.Select(a => a.Id));

        await service.SetDeletedAsync(Bob, deleted.Id, deleted: false, Cancel);
        Assert.Equal(2, (await service.ListAsync(new AnnotationListQuery(), withSource: false, Cancel)).Total);
        await using var db = library.Database.CreateContext();
        Assert.Equal(
            [AnnotationActions.Created, AnnotationActions.Deleted, AnnotationActions.Restored],
            db.AuditLog.Where(e => e.Target == "annotation/" + deleted.Id).OrderBy(e => e.Id).Select(e => e.Action).ToList());
    }

    [Theory, DatabaseData]
    public async Task Update_TwoAdminsSaveTheSameVersion_ExactlyOneWinsAndTheOtherGetsBothVersions(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var service = Service(library);
        var annotation = await CreateAsync(service, s_paragraph, "First words", "draft");

        var saves = await Task.WhenAll(
            service.UpdateAsync(Alice, annotation.Id, new AnnotationUpdateRequest(annotation.Version, "Alice's words", null), Cancel),
            service.UpdateAsync(Bob, annotation.Id, new AnnotationUpdateRequest(annotation.Version, "Bob's words", null), Cancel));

        var won = Assert.Single(saves, s => s.Status == LibraryOutcomeStatus.Done);
        var lost = Assert.Single(saves, s => s.Status == LibraryOutcomeStatus.Conflict);
        Assert.Equal(won.Value!.Body, lost.Value!.Body);
        Assert.Equal(2, lost.Value.Version);
        var revisions = (await service.RevisionsAsync(annotation.Id, Cancel))!;
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(["First words", won.Value.Body], revisions.Select(r => r.Body));

        // The refused save left no trace in the audit log; the saved ones did, by whom.
        await using (var db = library.Database.CreateContext())
        {
            var entries = db.AuditLog.Where(e => e.Target == "annotation/" + annotation.Id).OrderBy(e => e.Id).ToList();
            Assert.Equal([AnnotationActions.Created, AnnotationActions.Updated], entries.Select(e => e.Action));
            Assert.Equal(won.Value.Body == "Alice's words" ? "alice@example.org" : "bob@example.org", entries[1].ActorEmail);
            Assert.Equal("First words", JsonDocument.Parse(entries[1].Before!).RootElement.GetProperty("body").GetString());
            Assert.Equal(won.Value.Body, JsonDocument.Parse(entries[1].After!).RootElement.GetProperty("body").GetString());
        }

        // The loser merges into the current version and saves: nothing is lost.
        var merged = await service.UpdateAsync(Alice, annotation.Id, new AnnotationUpdateRequest(lost.Value.Version, "Alice's words. Bob's words", null), Cancel);
        Assert.Equal(LibraryOutcomeStatus.Done, merged.Status);
        Assert.Equal(3, merged.Value!.Version);
    }

    [Theory, DatabaseData]
    public async Task Revisions_EverySaveIsKept_DiffedByWord_AndAnOldBodyRestoredAsANewRevision(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var service = Service(library);
        var annotation = await CreateAsync(service, s_paragraph, "States should cooperate.", "draft");
        var second = (await service.UpdateAsync(Bob, annotation.Id, new AnnotationUpdateRequest(1, "States must cooperate closely.", "published"), Cancel)).Value!;

        var diff = (await service.DiffAsync(annotation.Id, 1, 2, Cancel)).Value!;
        var restored = await service.RestoreRevisionAsync(Alice, annotation.Id, 1, second.Version, Cancel);
        var stale = await service.RestoreRevisionAsync(Alice, annotation.Id, 1, second.Version, Cancel);
        var revisions = (await service.RevisionsAsync(annotation.Id, Cancel))!;

        Assert.Equal("States should cooperate.", string.Concat(diff.Differences.Where(d => d.Kind != WordChangeKind.Inserted).Select(d => d.Text)));
        Assert.Contains(diff.Differences, d => d is { Kind: WordChangeKind.Deleted, Text: "should" });
        Assert.Contains(diff.Differences, d => d.Kind == WordChangeKind.Inserted && d.Text.Contains("closely", StringComparison.Ordinal));
        Assert.Equal(LibraryOutcomeStatus.Done, restored.Status);
        Assert.Equal("States should cooperate.", restored.Value!.Body);
        Assert.Equal("published", restored.Value.Status);
        Assert.Equal(LibraryOutcomeStatus.Conflict, stale.Status);
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal(["alice@example.org", "bob@example.org", "alice@example.org"], revisions.Select(r => r.SavedBy));
        Assert.Equal(LibraryOutcomeStatus.Invalid, (await service.DiffAsync(annotation.Id, 1, 9, Cancel)).Status);
        await using var db = library.Database.CreateContext();
        Assert.Equal(
            [AnnotationActions.Created, AnnotationActions.Updated, AnnotationActions.RevisionRestored],
            db.AuditLog.Where(e => e.Target == "annotation/" + annotation.Id).OrderBy(e => e.Id).Select(e => e.Action).ToList());
    }

    [Theory, DatabaseData]
    public async Task Create_BadInput_IsRefusedWithAReasonAndSavesNothing(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var service = Service(library);

        AnnotationCreateRequest[] bad =
        [
            new(null, "Body", null),
            new(new BookmarkTargetDto { Query = "due diligence" }, "Body", null),
            new(new BookmarkTargetDto { Norm = "9.9" }, "Body", null),
            new(new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op99" }, "Body", null),
            new(new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = "words not there" }, "Body", null),
            new(s_paragraph, " ", null),
            new(s_paragraph, new string('x', Data.Model.Annotation.MaxBodyLength + 1), null),
            new(s_paragraph, "Body", "shown"),
        ];
        foreach (var request in bad)
        {
            var outcome = await service.CreateAsync(Alice, request, Cancel);
            Assert.Equal(LibraryOutcomeStatus.Invalid, outcome.Status);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Problem));
        }

        Assert.Equal(0, (await service.ListAsync(new AnnotationListQuery { Status = AnnotationStatusFilter.All }, true, Cancel)).Total);
        await using var db = library.Database.CreateContext();
        Assert.Empty(db.AuditLog);
    }

    private static AnnotationService Service(LibraryUnderTest library) => new(new TestContextFactory(library.Database), new MarkdownRenderer(), new AuditLog());

    private static async Task<AnnotationDto> CreateAsync(AnnotationService service, BookmarkTargetDto target, string body, string status)
    {
        var outcome = await service.CreateAsync(Alice, new AnnotationCreateRequest(target, body, status), Cancel);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }
}
