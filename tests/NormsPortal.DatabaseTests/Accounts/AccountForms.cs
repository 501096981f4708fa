using System.Net;
using System.Text.RegularExpressions;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// The account pages' static forms, posted as a browser posts them: the page is fetched first for
/// its antiforgery token (hidden field and cookie), and the form is named by Blazor's <c>_handler</c>.
/// </summary>
internal static partial class AccountForms
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Fetches <paramref name="path"/> and posts its form <paramref name="formName"/> with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(FormToken().Match(page).Groups["token"].Value),
        };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, Cancel);
    }

    /// <summary>Registers on the register page (which sends no mail, unlike the API).</summary>
    public static async Task RegisterAsync(HttpClient client, string email, string password)
    {
        using var registered = await PostAsync(client, "/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<token>[^"]+)" """)]
    private static partial Regex FormToken();
}
