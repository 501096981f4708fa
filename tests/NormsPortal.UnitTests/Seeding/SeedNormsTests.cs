using NormsPortal.Data.Model;
using NormsPortal.Data.Seeding;
using NormsPortal.TestSupport;

namespace NormsPortal.UnitTests.Seeding;

public sealed class SeedNormsTests
{
    private static readonly Lazy<List<Norm>> s_norms = new(() => SeedNorms.Map(SeedFiles.Catalog));

    [Fact]
    public void Map_SeedCatalogue_StatesEachNormByItsParagraphOf7327WithoutAQuote()
    {
        var norms = s_norms.Value;

        Assert.Equal(Enumerable.Range(1, 13), norms.Select(n => n.Ordinal));
        Assert.Equal(new TextReference { Symbol = "A/RES/73/27", Anchor = "op1.6" }, norms[5].Statement);
        Assert.Equal("op1.13", norms[12].Statement.Anchor);
        Assert.All(norms, n => Assert.Equal("", n.Statement.Quote));
    }

    [Theory]
    [InlineData("1.1", "A/70/174, para. 13 (a)")]
    [InlineData("1.2", "A/70/174, para. 13 (b)|A/70/174, para. 28 (f)")]
    [InlineData("1.3", "A/70/174, para. 13 (c)|A/70/174, para. 28 (e)")]
    [InlineData("1.6", "A/70/174, para. 13 (f)")]
    [InlineData("1.10", "A/70/174, para. 13 (i)")]
    public void Map_Gge2015Paragraphs_AreVerifiedCounterpartsCitedInUnStyle(string number, string citations)
    {
        var norm = Assert.Single(s_norms.Value, n => n.Number == number);

        Assert.Equal(citations.Split('|'), norm.Counterparts.Select(c => c.Citation));
        Assert.All(norm.Counterparts, c => Assert.True(c.Verified));
        Assert.All(norm.Counterparts, c => Assert.Equal("A/70/174", c.Target.Symbol));
    }

    [Fact]
    public void Map_LetteredParagraph_PointsAtItsAnchor()
    {
        var norm = Assert.Single(s_norms.Value, n => n.Number == "1.3");

        Assert.Equal(["op13c", "op28e"], norm.Counterparts.Select(c => c.Target.Anchor));
    }

    [Fact]
    public void Map_EarlierSource_IsAnUnverifiedCounterpart()
    {
        var counterpart = Assert.Single(s_norms.Value[12].Counterparts);

        Assert.Equal((new TextReference { Symbol = "A/68/98", Anchor = "op24" }, "A/68/98, para. 24", false), (counterpart.Target, counterpart.Citation, counterpart.Verified));
        Assert.StartsWith("its first sentence appears to restate the 2013 report", counterpart.Note, StringComparison.Ordinal);
        Assert.Equal("Involve the private sector and civil society", s_norms.Value[12].Label);
    }
}
