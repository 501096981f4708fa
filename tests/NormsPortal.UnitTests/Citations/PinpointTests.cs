using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Citations;

namespace NormsPortal.UnitTests.Citations;

public sealed class PinpointTests
{
    [Theory]
    [InlineData("op1.6", new[] { "1.6" })]
    [InlineData("op4a", new[] { "4", "a" })]
    [InlineData("op4a.ii", new[] { "4", "a", "ii" })]
    [InlineData("op1.6a", new[] { "1.6", "a" })]
    [InlineData("op13f", new[] { "13", "f" })]
    public void Paragraph_SplitsNumberAndItemLabels(string anchor, string[] labels)
    {
        var pin = Pinpoint.Parse(anchor);

        Assert.NotNull(pin);
        Assert.Equal(PinpointKind.Paragraph, pin.Kind);
        Assert.Equal(labels, pin.Labels);
        Assert.Null(pin.Section);
    }

    [Theory]
    [InlineData("annex-op3", "annex")]
    [InlineData("annex2-op3", "annex II")]
    [InlineData("annexiv-op3", "annex IV")]
    [InlineData("art4-op1", "art. 4")]
    public void Section_IsNamedAsPrinted(string anchor, string section) =>
        Assert.Equal(section, Pinpoint.Parse(anchor)?.Section);

    [Fact]
    public void Preamble_KeepsItsPosition()
    {
        var pin = Pinpoint.Parse("pp12");

        Assert.Equal(PinpointKind.Preamble, pin?.Kind);
        Assert.Equal(12, pin?.Position);
    }

    [Fact]
    public void Heading_WithPrintedNumber_IsCitedByIt()
    {
        var pin = Pinpoint.Parse("oph2", ProvisionKind.Heading, "III.");

        Assert.Equal(PinpointKind.Heading, pin?.Kind);
        Assert.Equal(["III"], pin?.Labels);
    }

    [Fact]
    public void PositionalItem_IsCitedByItsPrintedLabel() =>
        Assert.Equal(["(b)"], Pinpoint.Parse("opx1.b", ProvisionKind.Item, "(b)")?.Labels);

    [Theory]
    [InlineData("")]
    [InlineData("1.6")]
    [InlineData("op")]
    [InlineData("para1")]
    [InlineData("OP1")]
    [InlineData("op1 6")]
    [InlineData("opx1")]
    [InlineData("oph3a")]
    [InlineData("formula")]
    public void Malformed_OrUncitableAnchor_IsNull(string anchor) =>
        Assert.Null(Pinpoint.Parse(anchor));
}
