using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class FootnoteCitationsTests
{
    [Fact]
    public void CanCite_FirstUncitedFootnote_Yes_LaterOnes_No()
    {
        var citations = new FootnoteCitations([1, 2, 3]);

        Assert.True(citations.CanCite(1));
        Assert.False(citations.CanCite(2));
        Assert.False(citations.CanCite(4));
    }

    [Fact]
    public void CanCite_AfterCiting_AllowsRepeatsAndTheNext()
    {
        var citations = new FootnoteCitations([1, 2, 3]);
        citations.Cite(1);
        citations.Cite(2);

        Assert.True(citations.CanCite(1));
        Assert.True(citations.CanCite(2));
        Assert.True(citations.CanCite(3));
        Assert.Equal([3], citations.Uncited);
    }

    [Fact]
    public void CanCite_NumberingNotFromOne_StartsAtTheLowest()
    {
        var citations = new FootnoteCitations([7, 8]);

        Assert.True(citations.CanCite(7));
        Assert.False(citations.CanCite(1));
    }
}
