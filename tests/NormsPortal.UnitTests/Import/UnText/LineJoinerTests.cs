using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class LineJoinerTests
{
    [Fact]
    public void Join_Lines_MeetWithOneSpace()
    {
        var result = LineJoiner.Join(["Charter of the United ", "  Nations, is applicable"]);

        Assert.Equal("Charter of the United Nations, is applicable", result.Text);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void Join_SpacedHyphenAtLineEnd_ClosesUpAndReports()
    {
        var result = LineJoiner.Join(["reports transmitted by the Secretary -", "General,1"]);

        Assert.Equal("reports transmitted by the Secretary-General,1", result.Text);
        Assert.Equal(UnTextMessageCodes.HyphenSpace, Assert.Single(result.Repairs).Code);
    }

    [Fact]
    public void Join_CompoundBrokenAtItsHyphen_KeepsTheHyphen()
    {
        var result = LineJoiner.Join(["promote confidence-", "building measures"]);

        Assert.Equal("promote confidence-building measures", result.Text);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void Join_DashBeforeANumber_KeepsTheSpace()
    {
        Assert.Equal("the years 2019 - 2020", LineJoiner.Join(["the years 2019 -", "2020"]).Text);
    }
}
