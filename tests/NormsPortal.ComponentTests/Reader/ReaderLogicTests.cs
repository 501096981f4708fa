using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Norms;
using NormsPortal.Web.Features.NotFound;

namespace NormsPortal.ComponentTests.Reader;

/// <summary>The reader's small pure helpers (they live in the web project, which this project references).</summary>
public sealed class ReaderLogicTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("1.9", "1.99", 1)]
    [InlineData("A/RES/73/27", "A/RES/73/72", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void EditDistance_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("/norms/1.99", NotFoundRequestKind.Norm, "1.99")]
    [InlineData("/norms/1.99?x=1#op1", NotFoundRequestKind.Norm, "1.99")]
    [InlineData("1.99", NotFoundRequestKind.Norm, "1.99")]
    [InlineData("/documents/A/RES/43/78%20H", NotFoundRequestKind.Document, "A/RES/43/78 H")]
    [InlineData("A/RES/99/999", NotFoundRequestKind.Document, "A/RES/99/999")]
    [InlineData("/no-such-page", NotFoundRequestKind.Page, "/no-such-page")]
    [InlineData("/bad%zzescape", NotFoundRequestKind.Page, "/bad%zzescape")]
    [InlineData(null, NotFoundRequestKind.Document, "")]
    public void NotFoundRequest_ReadsAddressesNumbersAndSymbols(string? requested, NotFoundRequestKind kind, string value)
    {
        Assert.Equal(new NotFoundRequest(kind, value), NotFoundRequest.Parse(requested));
    }

    [Theory]
    [InlineData("States should, in particular,", 2, "States should…")]
    [InlineData("Short text.", 5, "Short text.")]
    [InlineData("  spaced   words  here ", 2, "spaced words…")]
    public void OpeningWords_CutsAtWordsWithoutDanglingPunctuation(string text, int count, string expected)
    {
        Assert.Equal(expected, OpeningWords.Of(text, count));
    }

    [Fact]
    public void FilterForm_Query_DropsBlanksAndStartsAtPageOne()
    {
        var form = new DocumentFilterForm { Kind = "report", Track = " ", YearFrom = " 2018 ", Sort = "" };

        var query = form.ToQuery();

        Assert.Equal("report", query["kind"]);
        Assert.Equal("2018", query["yearFrom"]);
        Assert.Null(query["track"]);
        Assert.Null(query["sort"]);
        Assert.True(query.ContainsKey("page"));
        Assert.Null(query["page"]);
    }
}
