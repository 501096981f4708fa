using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>The text a document's API answer carries, over the shipped corpus: as the UN prints it, enacting formula first.</summary>
public sealed class DocumentTextApiTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Text_StartsWithTheEnactingFormula_BeforeTheFirstPreambularParagraph(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        // The seed draft's text (UN text parser) and a resolution in two of its six AKN languages.
        (string Symbol, string Language, string Formula)[] texts =
        [
            ("A/RES/73/27", "en", "The General Assembly,"),
            ("A/RES/77/36", "fr", "L’Assemblée générale,"),
            ("A/RES/77/36", "ar", "إن الجمعية العامة،"),
        ];

        foreach (var (symbol, language, formula) in texts)
        {
            var document = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/documents/{symbol}?lang={language}", UriKind.Relative), Cancel);

            var provisions = document.GetProperty("text").GetProperty("provisions").EnumerateArray().ToList();
            Assert.Equal(
                ("formula", "Formula", "", formula),
                (provisions[0].GetProperty("anchor").GetString(), provisions[0].GetProperty("kind").GetString(), provisions[0].GetProperty("number").GetString(), provisions[0].GetProperty("text").GetString()));
            Assert.Equal("pp1", provisions[1].GetProperty("anchor").GetString());
        }
    }

    [Theory, DatabaseData]
    public async Task Text_ThatIsTheDrafts_NamesTheDraft_WithTheSponsorsItsRecordLists(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var resolution = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/documents/A/RES/73/27", UriKind.Relative), Cancel);
        var draft = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/documents/A/C.1/73/L.27/Rev.1", UriKind.Relative), Cancel);
        var ownText = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/documents/A/RES/77/36", UriKind.Relative), Cancel);

        var textOf = resolution.GetProperty("text").GetProperty("textOfWork");
        Assert.Equal(("A/C.1/73/L.27/Rev.1", "draft-resolution"), (textOf.GetProperty("symbol").GetString(), textOf.GetProperty("kind").GetString()));
        var sponsors = textOf.GetProperty("sponsors").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("Russian Federation", sponsors);
        Assert.Equal(draft.GetProperty("sponsors").EnumerateArray().Select(s => s.GetProperty("name").GetString()), sponsors);
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("text").GetProperty("textOfWork").ValueKind);
        Assert.Equal(JsonValueKind.Null, ownText.GetProperty("text").GetProperty("textOfWork").ValueKind);
    }

    [Theory, DatabaseData]
    public async Task Citation_OfTheFormula_IsABadRequestNotAParagraph(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/api/v1/documents/A/RES/73/27/citation?anchor=formula", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
