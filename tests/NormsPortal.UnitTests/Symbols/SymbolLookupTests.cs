using NormsPortal.Data.Symbols;

namespace NormsPortal.UnitTests.Symbols;

public sealed class SymbolLookupTests
{
    [Theory]
    [InlineData("A/RES/73/27", "A/RES/73/27")]
    [InlineData("a/res/73/27", "A/RES/73/27")]
    [InlineData(" A / RES / 73 / 27 ", "A/RES/73/27")]
    [InlineData("A%2FRES%2F73%2F27", "A/RES/73/27")]
    [InlineData("a%2fres%2f73%2f27", "A/RES/73/27")]
    [InlineData("A/RES/73/27\u00a0", "A/RES/73/27")]
    [InlineData("A/RES/43/78 H", "A/RES/43/78 H")]
    [InlineData("A/RES/43/78H", "A/RES/43/78 H")]
    [InlineData("a/res/43/78h", "A/RES/43/78 H")]
    [InlineData("a/res/43/78 h", "A/RES/43/78 H")]
    [InlineData("A/RES/43/78  H", "A/RES/43/78 H")]
    [InlineData("A/RES/43/78%20H", "A/RES/43/78 H")]
    [InlineData("a/c.1/73/l.27/rev.1", "A/C.1/73/L.27/Rev.1")]
    [InlineData("A/C.1/73/L.27/REV.1", "A/C.1/73/L.27/Rev.1")]
    [InlineData("A/C.1/73/L.27/Rev.1", "A/C.1/73/L.27/Rev.1")]
    [InlineData("a/hrc/res/20/8", "A/HRC/RES/20/8")]
    [InlineData("a/70/174", "A/70/174")]
    [InlineData("A/68/98/corr.1", "A/68/98/Corr.1")]
    public void TypedForm_HasTheNormalFormInCapitals(string typed, string normal)
    {
        Assert.Equal(normal, SymbolLookup.NormalForm(typed));
        Assert.Equal(normal, SymbolLookup.Candidates(typed)[^1]);
    }

    [Fact]
    public void SymbolWrittenNormally_IsItsOnlyCandidate()
    {
        Assert.Equal(["A/C.1/73/L.27/Rev.1"], SymbolLookup.Candidates("A/C.1/73/L.27/Rev.1"));
    }

    [Fact]
    public void SymbolInMixedCase_IsTriedAsWrittenFirst_ThenInCapitals()
    {
        Assert.Equal(["A/Res/73/27", "A/RES/73/27"], SymbolLookup.Candidates("A/Res/73/27"));
    }
}
