using NormsPortal.Data.Import;

namespace NormsPortal.UnitTests.Import;

public sealed class SponsorListTests
{
    [Fact]
    public void Split_NamesWithParentheses_KeepsThemWhole()
    {
        Assert.Equal(
            ["Algeria", "Bolivia (Plurinational State of)", "Iran (Islamic Republic of)", "Venezuela (Bolivarian Republic of)", "Zimbabwe"],
            SponsorList.Split("Algeria, Bolivia (Plurinational State of), Iran (Islamic Republic of), Venezuela (Bolivarian Republic of) and Zimbabwe"));
    }

    [Theory]
    [InlineData("Japan and Trinidad and Tobago", "Japan", "Trinidad and Tobago")]
    [InlineData("Trinidad and Tobago and Japan", "Trinidad and Tobago", "Japan")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland and United States of America", "United Kingdom of Great Britain and Northern Ireland", "United States of America")]
    [InlineData("Saint Vincent and the Grenadines and Bosnia and Herzegovina", "Saint Vincent and the Grenadines", "Bosnia and Herzegovina")]
    public void Split_NamesContainingAnd_CutsAtTheListsAnd(string list, string first, string second)
    {
        Assert.Equal([first, second], SponsorList.Split(list));
    }

    [Fact]
    public void Split_CommasAndAndInsideParentheses_BelongToTheName()
    {
        Assert.Equal(
            ["Egypt (on behalf of the Group of 77, and China)", "Japan"],
            SponsorList.Split("Egypt (on behalf of the Group of 77, and China) and Japan"));
    }

    [Fact]
    public void Split_OneSponsor_GivesIt()
    {
        Assert.Equal(["Germany"], SponsorList.Split(" Germany "));
    }
}
