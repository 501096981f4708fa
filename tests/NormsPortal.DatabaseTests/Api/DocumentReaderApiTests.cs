using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>What the document page needs from the read API beyond the basics: any casing, links of related works, sponsors' sources.</summary>
public sealed class DocumentReaderApiTests(ReadApiFixture fixture) : IClassFixture<ReadApiFixture>
{
    [Theory, DatabaseData]
    public async Task Document_SymbolInLowerCase_IsFound(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/api/v1/documents/a/res/73/27");

        Assert.Equal("A/RES/73/27", document.GetProperty("symbol").GetString());
    }

    [Theory, DatabaseData]
    public async Task Document_RelationsLinkToHeldWorks_AndSponsorsSayWhereTheyWereSeen(DatabaseKind kind)
    {
        var api = await fixture.ApiAsync(kind);

        var document = await api.GetJsonAsync("/api/v1/documents/A/RES/73/27");

        var relation = Assert.Single(document.GetProperty("relations").EnumerateArray());
        Assert.Equal(("A/70/174", true, "/documents/A/70/174"),
            (relation.GetProperty("symbol").GetString(), relation.GetProperty("held").GetBoolean(), relation.GetProperty("url").GetString()));
        var sponsors = document.GetProperty("sponsors").EnumerateArray().ToList();
        Assert.Equal("A/C.1/73/L.27/Rev.1", sponsors[0].GetProperty("source").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sponsors[1].GetProperty("source").ValueKind);
    }
}
