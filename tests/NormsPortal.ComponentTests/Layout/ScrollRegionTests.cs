using Bunit;
using NormsPortal.Web.Components;

namespace NormsPortal.ComponentTests.Layout;

public sealed class ScrollRegionTests : PortalComponentTestBase
{
    [Fact]
    public void Region_TakesKeyboardFocus_AndIsNamed()
    {
        var region = Render<ScrollRegion>(parameters => parameters
            .Add(p => p.Label, "Audit log entries")
            .AddChildContent("<table><tr><td>wide</td></tr></table>"));

        var box = region.Find("div.np-scroll-region");
        Assert.Equal("0", box.GetAttribute("tabindex"));
        Assert.Equal("region", box.GetAttribute("role"));
        Assert.Equal("Audit log entries", box.GetAttribute("aria-label"));
        Assert.Null(box.GetAttribute("aria-labelledby"));
        Assert.NotNull(box.QuerySelector("table"));
    }

    [Fact]
    public void Region_NamedByHeading_PointsAtIt()
    {
        var region = Render<ScrollRegion>(parameters => parameters
            .Add(p => p.LabelledBy, "state-resolutions")
            .AddChildContent("<table></table>"));

        Assert.Equal("state-resolutions", region.Find("div.np-scroll-region").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Region_WithoutName_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => Render<ScrollRegion>(parameters => parameters.AddChildContent("<table></table>")));
    }
}
