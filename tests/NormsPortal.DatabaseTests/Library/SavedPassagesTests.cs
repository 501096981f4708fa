using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Library;
using static NormsPortal.DatabaseTests.Library.LibraryUnderTest;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>The passages the document page highlights: the reader's own, where the text holds them now.</summary>
public sealed class SavedPassagesTests
{
    private const string Symbol = "A/RES/73/27";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task InWork_GivesEachReaderOnlyTheirOwnPassages(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var passages = new SavedPassages(new TestContextFactory(library.Database));
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6", Quote = Quote, Prefix = "should not conduct or", Suffix = "contrary to" });
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6" });
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = Symbol });

        Assert.Equal([new SavedPassage("op1.6", Quote, "should not conduct or", "contrary to")], await passages.InWorkAsync(Alice, Symbol, Cancel));
        Assert.Empty(await passages.InWorkAsync(Bob, Symbol, Cancel));

        await library.BookmarkAsync(Bob, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1", Quote = "the following norms" });

        Assert.Equal("the following norms", Assert.Single(await passages.InWorkAsync(Bob, Symbol, Cancel)).Quote);
        Assert.Equal(Quote, Assert.Single(await passages.InWorkAsync(Alice, Symbol, Cancel)).Quote);
        Assert.Empty(await passages.InWorkAsync(Alice, "A/70/174", Cancel));
    }

    [Theory, DatabaseData]
    public async Task InWork_AfterAReImport_GivesAMovedPassageAtItsNewParagraph_AndLeavesOutAMissingOne(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var passages = new SavedPassages(new TestContextFactory(library.Database));
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6", Quote = Quote });
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = Symbol, Anchor = "op1.6", Quote = "its obligations under international law" });

        await TextReferenceResolverTests.ReImportAsync(library.Database);

        Assert.Equal([new SavedPassage("op2", Quote, "", "")], await passages.InWorkAsync(Alice, Symbol, Cancel));
    }
}
