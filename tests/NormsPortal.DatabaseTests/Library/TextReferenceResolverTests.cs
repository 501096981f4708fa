using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Library;
using static NormsPortal.DatabaseTests.Library.LibraryUnderTest;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>
/// The one resolver of paragraphs and passages after a re-import replaced the provision rows: still there,
/// moved to another anchor, or missing with its quote. Bookmarks (and later annotations) rest on it.
/// </summary>
public sealed class TextReferenceResolverTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Resolve_AfterAReImport_FindsEachReferencePresentMovedOrMissing(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        await ReImportAsync(library.Database);

        QuotedReference Reference(string anchor, string quote = "", string prefix = "", string suffix = "") =>
            new(new TextReference { Symbol = "A/RES/73/27", Anchor = anchor, Quote = quote }, prefix, suffix);

        await using var db = library.Database.CreateContext();
        var resolved = await TextReferenceResolver.ResolveAsync(db,
        [
            Reference("op1"),
            Reference("op1.6", "should  not conduct"),
            Reference("op1.6", Quote),
            Reference("op1.6", "its obligations under international law"),
            Reference("fn2"),
            Reference("op1.6", "the same words", "first:"),
            Reference("op1.6", "the same words", "second:"),
            new QuotedReference(new TextReference { Symbol = "A/RES/99/1", Anchor = "op1", Quote = "gone" }),
            new QuotedReference(new TextReference { Symbol = "A/70/174" }),
        ], Cancel);

        Assert.Equal(
        [
            new ReferenceResolution(ReferenceState.Present, "op1", ""),
            new ReferenceResolution(ReferenceState.Present, "op1.6", "should  not conduct"),
            new ReferenceResolution(ReferenceState.Moved, "op2", Quote),
            new ReferenceResolution(ReferenceState.Missing, null, "its obligations under international law"),
            new ReferenceResolution(ReferenceState.Missing, null, ""),
            new ReferenceResolution(ReferenceState.Moved, "op3", "the same words"),
            new ReferenceResolution(ReferenceState.Moved, "op4", "the same words"),
            new ReferenceResolution(ReferenceState.Missing, null, "gone"),
            new ReferenceResolution(ReferenceState.Present, null, ""),
        ], resolved);
    }

    [Theory, DatabaseData]
    public async Task Library_PassageGoneAfterAReImport_IsKeptAndMarkedMissingWithItsQuote(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var moved = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = Quote });
        var gone = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = "its obligations under international law" });
        var footnote = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "fn2" });

        await ReImportAsync(library.Database);

        var (items, total) = await library.Service.ListBookmarksAsync(Alice, new BookmarkListQuery(), Cancel);
        Assert.Equal(3, total);
        var byId = items.ToDictionary(i => i.Id);
        Assert.Equal(new BookmarkPlaceDto("moved", "op2"), byId[moved.Id].Place);
        Assert.Equal("/documents/A/RES/73/27#op2", byId[moved.Id].Url);
        Assert.Equal(new BookmarkPlaceDto("missing", null), byId[gone.Id].Place);
        Assert.Equal("its obligations under international law", byId[gone.Id].Target.Quote);
        Assert.Equal(new BookmarkPlaceDto("missing", null), byId[footnote.Id].Place);
    }

    /// <summary>As a re-import does: the English text's provision rows replaced by new ones with a changed text.</summary>
    internal static async Task ReImportAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var english = await db.Expressions.Include(e => e.Provisions).SingleAsync(e => e.Language == "en", Cancel);
        db.Provisions.RemoveRange(english.Provisions);
        await db.SaveChangesAsync(Cancel);
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Operative, Number = "1", Anchor = "op1", Ordinal = 1, Text = "Welcomes the following norms:" });
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Item, Number = "1.6", Anchor = "op1.6", Ordinal = 2, Text = "A State should not\nconduct ICT activity." });
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Operative, Number = "2", Anchor = "op2", Ordinal = 3, Text = "Nor should it knowingly support ICT activity." });
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Operative, Number = "3", Anchor = "op3", Ordinal = 4, Text = "The first: the same words." });
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Operative, Number = "4", Anchor = "op4", Ordinal = 5, Text = "The second: the same words." });
        await db.SaveChangesAsync(Cancel);
    }
}
