using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class ExtraSpacesTests
{
    [Fact]
    public void Collapse_SpacesInsideText_MakesThemOneAndReportsEachRun()
    {
        var result = ExtraSpaces.Collapse("the Charter  of the United   Nations");

        Assert.Equal("the Charter of the United Nations", result.Text);
        Assert.Equal(2, result.Repairs.Count);
        Assert.All(result.Repairs, r => Assert.Equal(UnTextMessageCodes.ExtraSpace, r.Code));
    }

    [Fact]
    public void Collapse_SpacesAtTheEnds_TrimsThemSilently()
    {
        var result = ExtraSpaces.Collapse("  Noting that,  ");

        Assert.Equal("Noting that,", result.Text);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void Collapse_SingleSpaces_ChangesNothing()
    {
        var result = ExtraSpaces.Collapse("single spaces – and “quotes” – only");

        Assert.Equal("single spaces – and “quotes” – only", result.Text);
        Assert.Empty(result.Repairs);
    }
}
