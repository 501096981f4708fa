using System.Net;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Annotations;

/// <summary>
/// Curators' annotations across a re-import through the real importer, on each provider: one whose paragraph or
/// passage is still there stays (at its new anchor when it moved), every other one is orphaned with its last anchor
/// and quote; none is dropped or left on another paragraph's text. The orphaned queue and its re-attaching over HTTP.
/// </summary>
public sealed class AnnotationReimportTests
{
    private const string Symbol = "A/RES/99/1";
    private const string Admin = LibraryUnderTest.Alice;
    private const string LostPassage = "share information on vulnerabilities responsibly";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The first text: five paragraphs.</summary>
    private static readonly (string Anchor, string Text)[] s_first =
    [
        ("pp1", "Recalling its earlier resolutions on the subject,"),
        ("op1", "Welcomes the report of the Group of Governmental Experts."),
        ("op2", "Calls upon States to protect critical infrastructure from ICT threats."),
        ("op3", "Encourages States to " + LostPassage + " and without delay."),
        ("op4", "Decides to include the item in the provisional agenda of its next session."),
    ];

    /// <summary>
    /// The second text: a new op2 pushes the old one to op3, the old op3 is reworded (its passage gone) as op4, and
    /// the old op4 is deleted: its anchor now holds other words.
    /// </summary>
    private static readonly (string Anchor, string Text)[] s_second =
    [
        ("pp1", "Recalling its earlier resolutions on the subject,"),
        ("op1", "Welcomes the report of the Group of Governmental Experts."),
        ("op2", "Requests the Secretary-General to report on progress at its next session."),
        ("op3", "Calls upon States to protect critical infrastructure from ICT threats."),
        ("op4", "Encourages States to exchange views on capacity-building in regional forums."),
    ];

    [Theory, DatabaseData]
    public async Task Reimport_EveryAnnotationStaysWithItsTextOrIsOrphaned_NoneDroppedNoneOnAnotherParagraph(DatabaseKind kind)
    {
        await using var database = await CreateDatabaseAsync(kind);
        var service = Service(database);
        var importer = new DocumentImporter(new TestContextFactory(database));
        Assert.Equal(ImportOutcome.Imported, (await importer.ImportAsync(Document(s_first), cancellationToken: Cancel)).Outcome);
        var unchanged = await CreateAsync(service, new BookmarkTargetDto { Symbol = Symbol, Anchor = "pp1" });
        var passageKept = await CreateAsync(service, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1", Quote = "Group of Governmental Experts" });
        var moved = await CreateAsync(service, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op2" });
        var reworded = await CreateAsync(service, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op3", Quote = LostPassage, Prefix = "Encourages States to" });
        var deleted = await CreateAsync(service, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op4" });
        var norm = await CreateAsync(service, new BookmarkTargetDto { Norm = "9.1" });
        var work = await CreateAsync(service, new BookmarkTargetDto { Symbol = Symbol });
        var before = await CountAsync(database);

        var result = await importer.ImportAsync(Document(s_second), cancellationToken: Cancel);

        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        Assert.Equal(
            [(ImportCodes.AnnotationMoved, "annotation " + moved.Id), (ImportCodes.AnnotationOrphaned, "annotation " + reworded.Id), (ImportCodes.AnnotationOrphaned, "annotation " + deleted.Id)],
            result.Messages.Select(m => (m.Code, m.Location)));
        await using var db = database.CreateContext();
        var stored = await db.Annotations.AsNoTracking().ToDictionaryAsync(a => a.Id, Cancel);
        Assert.Equal(before, stored.Count);
        Assert.Equal(7, before);
        Assert.Equal(
            [unchanged.Id, passageKept.Id, moved.Id, norm.Id, work.Id],
            stored.Values.Where(a => a.OrphanedAt is null).Select(a => a.Id).Order());
        Assert.Equal([reworded.Id, deleted.Id], stored.Values.Where(a => a.OrphanedAt is not null).Select(a => a.Id).Order());
        Assert.Equal(["pp1", "op1", "op3", null, null], new[] { unchanged, passageKept, moved, norm, work }.Select(a => stored[a.Id].Anchor));
        // An orphan keeps its last anchor and quote; a paragraph keeps the words it had, to be found again by.
        Assert.Equal(("op3", LostPassage), (stored[reworded.Id].Anchor, stored[reworded.Id].Quote));
        Assert.Equal(("op4", s_first[4].Text), (stored[deleted.Id].Anchor, stored[deleted.Id].Quote));

        // The public sees the attached ones where their text now stands, and no orphan.
        var beside = await service.PublishedForWorkAsync(Symbol, Cancel);
        Assert.Equal([moved.Id], beside["op3"].Select(a => a.Id));
        Assert.Empty(beside["op4"]);
        Assert.Null(await service.GetAsync(deleted.Id, withSource: false, Cancel));
        var queue = await service.ListAsync(new AnnotationListQuery { Status = AnnotationStatusFilter.Orphaned }, withSource: true, Cancel);
        Assert.Equal([reworded.Id, deleted.Id], queue.Items.Select(a => a.Id));
        var suggestion = Assert.Single(queue.Items[0].Suggestions!, s => s.Anchor == "op4");
        Assert.Equal(queue.Items[0].Suggestions![0], suggestion);
        Assert.InRange(suggestion.Similarity, 0.3, 0.99);

        // The same text again changes nothing; the text coming back attaches its orphan again.
        Assert.Equal(ImportOutcome.Unchanged, (await importer.ImportAsync(Document(s_second), cancellationToken: Cancel)).Outcome);
        var back = await importer.ImportAsync(Document(s_first), cancellationToken: Cancel);
        Assert.Contains(back.Messages, m => m.Code == ImportCodes.AnnotationMoved && m.Location == "annotation " + deleted.Id);
        await using var after = database.CreateContext();
        var restored = await after.Annotations.AsNoTracking().SingleAsync(a => a.Id == deleted.Id, Cancel);
        Assert.Equal((null, "op4", (string?)null), (restored.OrphanedAt, restored.Anchor, restored.Quote));
    }

    [Theory, DatabaseData]
    public async Task OrphanedQueue_OverHttp_AdminsOnly_WithSuggestions_ReattachedWithItsVersionAndAudited(DatabaseKind kind)
    {
        var database = await CreateDatabaseAsync(kind);
        var settings = new Dictionary<string, string> { ["Admin:RequireTwoFactor"] = "false" };
        await using var site = new LibraryApiTests.Site(database, new PortalFactory(database.Provider.Name, database.ConnectionString, settings: settings));
        var importer = new DocumentImporter(new TestContextFactory(database));
        await importer.ImportAsync(Document(s_first), cancellationToken: Cancel);
        var admin = await site.SignInAsync("admin", PortalRoles.Admin);
        var researcher = await site.SignInAsync("researcher");
        var id = (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/annotations",
            new { target = new { symbol = Symbol, anchor = "op3", quote = LostPassage, prefix = "Encourages States to" }, body = "On sharing", status = "published" })).GetProperty("id").GetInt32();
        await importer.ImportAsync(Document(s_second), cancellationToken: Cancel);

        using var anonymous = site.Portal.CreateHttpsClient();
        using var refused = await anonymous.GetAsync(new Uri("/api/v1/annotations?status=orphaned", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await researcher.StatusAsync(HttpMethod.Get, "/api/v1/annotations?status=orphaned"));
        Assert.Equal(0, (await anonymous.GetJsonAsync("/api/v1/annotations?symbol=" + Symbol)).GetProperty("total").GetInt32());
        var queue = await admin.GetJsonAsync("/api/v1/annotations?status=orphaned");
        var orphan = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(id, orphan.GetProperty("id").GetInt32());
        Assert.True(orphan.TryGetProperty("orphanedAt", out _));
        var best = orphan.GetProperty("suggestions")[0];
        Assert.Equal("op4", best.GetProperty("anchor").GetString());
        var version = orphan.GetProperty("version").GetInt64();

        var reattach = $"/api/v1/annotations/{id}/reattach";
        Assert.Equal(HttpStatusCode.Forbidden, await researcher.StatusAsync(HttpMethod.Post, reattach, new { target = new { symbol = Symbol, anchor = "op4" }, version }));
        Assert.Equal(HttpStatusCode.Conflict, await admin.StatusAsync(HttpMethod.Post, reattach, new { target = new { symbol = Symbol, anchor = "op4" }, version = version - 1 }));
        Assert.Equal(HttpStatusCode.BadRequest, await admin.StatusAsync(HttpMethod.Post, reattach, new { target = new { symbol = Symbol, anchor = "op4", quote = "not there" }, version }));
        var attached = await admin.SendJsonAsync(HttpMethod.Post, reattach, new { target = new { symbol = Symbol, anchor = "op4", quote = "exchange views" }, version });

        Assert.Equal(version + 1, attached.GetProperty("version").GetInt64());
        Assert.False(attached.TryGetProperty("orphanedAt", out _));
        Assert.Equal("op4", attached.GetProperty("target").GetProperty("anchor").GetString());
        Assert.Equal(0, (await admin.GetJsonAsync("/api/v1/annotations?status=orphaned")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await anonymous.GetJsonAsync("/api/v1/annotations?symbol=" + Symbol + "&anchor=op4")).GetProperty("total").GetInt32());
        await using var db = database.CreateContext();
        var audited = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Action == AnnotationActions.Reattached, Cancel);
        Assert.Contains("\"Orphaned\":true", audited.Before, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"Orphaned\":false", audited.After, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("op4", audited.After, StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> CreateDatabaseAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.CreateContext();
        db.Users.Add(LibraryUnderTest.User(Admin, "alice@example.org"));
        db.Norms.Add(new Norm { Number = "9.1", Label = "Protect critical infrastructure", Ordinal = 1, Statement = new TextReference { Symbol = Symbol, Anchor = "op2" } });
        await db.SaveChangesAsync(Cancel);
        return database;
    }

    private static ParsedDocument Document((string Anchor, string Text)[] paragraphs)
    {
        var document = new ParsedDocument { Symbol = Symbol, Language = "en", SourceName = "A_RES_99_1.txt", SourceFormat = "un-text", Kind = WorkKind.GaResolution };
        document.Provisions.AddRange(paragraphs.Select(p => new ParsedProvision
        {
            Kind = p.Anchor.StartsWith("pp", StringComparison.Ordinal) ? ProvisionKind.Preamble : ProvisionKind.Operative,
            Number = p.Anchor[2..],
            Anchor = p.Anchor,
            Text = p.Text,
        }));
        return document;
    }

    private static AnnotationService Service(TestDatabase database) => new(new TestContextFactory(database), new MarkdownRenderer(), new AuditLog());

    private static async Task<AnnotationDto> CreateAsync(AnnotationService service, BookmarkTargetDto target)
    {
        var outcome = await service.CreateAsync(Admin, new AnnotationCreateRequest(target, "A note", "published"), Cancel);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Annotations.CountAsync(Cancel);
    }
}
