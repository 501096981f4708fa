using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.TestSupport.Security;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// Stored XSS is impossible where the portal shows what users wrote: every known payload, saved as a published
/// curator's note and as a researcher's bookmark note, renders inert in Chromium on the pages that show it.
/// </summary>
[Collection(typeof(RunsAlone))]
public sealed class StoredXssTests(PortalFixture portal)
{
    // Places few other tests read, and the notes are deleted again at the end: the portal is shared.
    private const string Paragraph = "op2";
    private const string Norm = "1.13";

    /// <summary>Inline handlers and script URLs inside the users' notes, and the flag some payloads would set.</summary>
    private const string ScanScript = """
        () => {
            const found = [];
            for (const note of document.querySelectorAll('[data-testid="curator-note"], [data-testid="bookmark-note"]')) {
                for (const element of [note, ...note.querySelectorAll('*')]) {
                    for (const attribute of element.attributes) {
                        if (attribute.name.toLowerCase().startsWith('on')) found.push(element.tagName + ' ' + attribute.name);
                        if (/^\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(element.tagName + ' ' + attribute.name + '=' + attribute.value);
                    }
                    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'STYLE', 'FORM'].includes(element.tagName.toUpperCase())) found.push(element.tagName);
                }
            }
            if (window.__xss !== undefined) found.push('window.__xss');
            return found;
        }
        """;

    [Fact]
    public async Task XssPayloads_SavedAsCuratorsAndResearchersNotes_RenderInertOnTheDocumentNormAndLibraryPages()
    {
        var admin = await portal.AdminAsync();
        using var adminApi = await SignInAsync(new { email = admin.Email, password = admin.Password, twoFactorRecoveryCode = admin.TakeRecoveryCode() });
        var researcher = (Email: TestPasswords.NewEmail("xss"), Password: TestPasswords.New());
        using (var anonymous = new HttpClient { BaseAddress = portal.BaseAddress })
        {
            using var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = researcher.Email, password = researcher.Password }, Cancel);
            Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(Cancel));
        }

        using var researcherApi = await SignInAsync(new { email = researcher.Email, password = researcher.Password });
        var annotationIds = new List<int>();
        for (var i = 0; i < XssPayloads.All.Count; i++)
        {
            object target = i % 2 == 0 ? new { symbol = "A/RES/73/27", anchor = Paragraph } : new { norm = Norm };
            annotationIds.Add((await SendAsync(adminApi, HttpMethod.Post, "/api/v1/annotations", new { target, body = XssPayloads.All[i], status = "published" })).GetProperty("id").GetInt32());
        }

        // A researcher has one bookmark a target: the payloads go in the notes of three, a third each.
        object[] bookmarked = [new { symbol = "A/RES/73/27" }, new { symbol = "A/RES/73/27", anchor = Paragraph }, new { norm = Norm }];
        var third = (XssPayloads.All.Count + 2) / 3;
        for (var i = 0; i < bookmarked.Length; i++)
        {
            var note = string.Join("\n\n", XssPayloads.All.Skip(i * third).Take(third));
            await SendAsync(researcherApi, HttpMethod.Post, "/api/v1/me/bookmarks", new { target = bookmarked[i], note });
        }

        try
        {
            await using var reader = await portal.NewContextAsync();
            var page = await reader.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            var account = new AccountPages(page);
            await account.SignInAsync(researcher.Email, researcher.Password);

            // Beside op2 (the even payloads) and op1.13, which states norm 1.13 (the odd ones); on the norm's page; in the library.
            (string Path, string Scope, string Notes, int Count)[] shown =
            [
                (DocumentPage.Resolution7327, $"[id='{Paragraph}']", "curator-note", (XssPayloads.All.Count + 1) / 2),
                (NormPageObject.PathOf(Norm), "main", "curator-note", XssPayloads.All.Count / 2),
                ("/library", "main", "bookmark-note", bookmarked.Length),
            ];
            foreach (var (path, scope, notes, count) in shown)
            {
                await page.GotoAsync(path);
                await Assertions.Expect(page.Locator(scope).GetByTestId(notes)).ToHaveCountAsync(count);
                Assert.Empty(await page.EvaluateAsync<string[]>(ScanScript));
            }

            Assert.Empty(dialogs);
        }
        finally
        {
            foreach (var id in annotationIds)
            {
                using var deleted = await adminApi.DeleteAsync(new Uri($"/api/v1/annotations/{id}", UriKind.Relative), Cancel);
            }
        }
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignInAsync(object credentials)
    {
        var http = new HttpClient { BaseAddress = portal.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", credentials, Cancel);
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync(Cancel));
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await http.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
