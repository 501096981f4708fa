using Bunit;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>The document list's filter form.</summary>
public sealed class DocumentFiltersTests : PortalComponentTestBase
{
    [Fact]
    public void SessionFilter_GroupsTheAssemblysAndTheCouncilsSessions_WithValuesThatDoNotCollide()
    {
        var options = new DocumentFilterOptionsDto(
            ["ga-resolution", "hrc-resolution"],
            [],
            ["General Assembly", "Human Rights Council"],
            ["en"],
            [
                new SessionOptionDto("ga-47", "General Assembly", "General Assembly — 47th session"),
                new SessionOptionDto("hrc-47", "Human Rights Council", "Human Rights Council — 47th session"),
            ]);

        var filters = Render<DocumentFilters>(parameters => parameters
            .Add(f => f.Form, new DocumentFilterForm { Session = "hrc-47" })
            .Add(f => f.Options, options));

        var groups = filters.FindAll("#filter-session optgroup");
        Assert.Equal(["General Assembly", "Human Rights Council"], groups.Select(g => g.GetAttribute("label")));
        Assert.Equal(
            [("ga-47", "General Assembly — 47th session"), ("hrc-47", "Human Rights Council — 47th session")],
            filters.FindAll("#filter-session optgroup option").Select(o => (o.GetAttribute("value"), o.TextContent)));
        Assert.Equal("hrc-47", filters.Find("#filter-session").GetAttribute("value"));
    }
}
