using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>Requests to a portal under test.</summary>
public static class PortalClient
{
    /// <summary>The JSON the portal answers for <paramref name="path"/>; fails the test on any status but success.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var cancel = TestContext.Current.CancellationToken;
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancel);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancel);
    }
}
