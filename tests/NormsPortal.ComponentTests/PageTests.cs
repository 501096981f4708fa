using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Web.Components;
using NormsPortal.Web.Components.Pages;

namespace NormsPortal.ComponentTests;

public sealed class PageTests : ReaderComponentTestBase
{
    [Fact]
    public void NotFound_SaysPageNotFound_AndLinksHomeAndSearch()
    {
        var page = Render<NotFound>();

        Assert.Equal("Page not found", page.Find("h1").TextContent.Trim());
        Assert.NotEmpty(page.Find(".np-message__text").TextContent.Trim());
        var links = page.FindAll("a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("/", links);
        Assert.Contains("/search", links);
    }

    [Fact]
    public void Error_ShowsRequestId_AndNoExceptionDetails()
    {
        var httpContext = new DefaultHttpContext { TraceIdentifier = "request-42" };

        var page = Render<Error>(parameters => parameters.AddCascadingValue<HttpContext>(httpContext));

        Assert.Equal("Something went wrong", page.Find("h1").TextContent.Trim());
        Assert.NotEmpty(page.Find(".np-message__request-id code").TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", page.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Home_WelcomesReader_WithSearchBox()
    {
        var page = Render<Home>();

        Assert.Equal("Welcome to NormsPortal", page.Find("h1").TextContent.Trim());
        Assert.NotNull(page.Find("form[role=search] input[name=q]"));
    }

    [Fact]
    public void SearchBox_WhenInteractive_NavigatesToSearchWithEscapedQuery()
    {
        var searchBox = Render<SearchBox>(parameters => parameters.Add(box => box.InputId, "test-search"));

        searchBox.Find("input").Change("due diligence & 13(c)");
        searchBox.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.Equal("http://localhost/search?q=due%20diligence%20%26%2013%28c%29", navigation.Uri);
    }
}
