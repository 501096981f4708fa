using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class HyphenSpaceTests
{
    [Fact]
    public void Repair_SpaceBeforeHyphen_ClosesItUp()
    {
        var result = HyphenSpace.Repair("transmitted by the Secretary -General,");

        Assert.Equal("transmitted by the Secretary-General,", result.Text);
        Assert.Equal(UnTextMessageCodes.HyphenSpace, Assert.Single(result.Repairs).Code);
    }

    [Theory]
    [InlineData("capacity- and confidence-building measures")]
    [InlineData("the period 2019 - 2020 and words - spaced on both sides")]
    [InlineData("a temperature of -5 degrees")]
    [InlineData("the years 2019–2020 – and beyond")]
    [InlineData("non-State actors and ICT-dependent infrastructure")]
    public void Repair_RealHyphensAndDashes_LeavesThem(string text)
    {
        var result = HyphenSpace.Repair(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Repairs);
    }
}
