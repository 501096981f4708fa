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
/// curator's note, as a researcher's bookmark note and as a fact with its source, renders inert in Chromium on the
/// pages that show it.
/// </summary>
[Collection(typeof(RunsAlone))]
public sealed class StoredXssTests(PortalFixture portal)
{
    // Places few other tests read, and the notes are deleted again at the end: the portal is shared.
    private const string Paragraph = "op2";
    private const string Norm = "1.13";

    // A work no other browser test reads: its adoption meeting, a fact the document page shows with its source.
    private const string FactWork = "A/RES/60/45";

    /// <summary>Inline handlers and script URLs inside the users' notes, and the flag some payloads would set.</summary>
    private const string ScanScript = """
        () => {
            const found = [];
            for (const note of document.querySelectorAll('[data-testid="curator-note"], [data-testid="bookmark-note"], [data-testid="provenance"], [data-testid="work-facts"]')) {
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
    public async Task XssPayloads_SavedAsNotesAndFactSources_RenderInertOnTheDocumentNormLibraryAndFactsPages()
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

        // Every payload becomes the meeting fact in turn, as its value and its source: the document page shows the
        // last, the admin facts page every one in the fact's history.
        var meeting = (await SendAsync(adminApi, HttpMethod.Get, $"/api/v1/facts?symbol={FactWork}", body: null)).GetProperty("facts").EnumerateArray()
            .Where(f => f.GetProperty("key").GetString() == "meeting").Select(f => (long?)f.GetProperty("version").GetInt64()).SingleOrDefault();
        var meetingHeldBefore = meeting is not null;
        foreach (var payload in XssPayloads.All)
        {
            meeting = (await SendAsync(adminApi, HttpMethod.Put, "/api/v1/facts", new { symbol = FactWork, key = "meeting", value = payload, source = payload, verified = false, version = meeting }))
                .GetProperty("version").GetInt64();
        }

        try
        {
            await using var reader = await portal.NewContextAsync();
            var page = await reader.NewPageAsync();
            var dialogs = new List<string>();
            RecordDialogs(page, dialogs);
            var account = new AccountPages(page);
            await account.SignInAsync(researcher.Email, researcher.Password);

            // Beside op2 (the even payloads) and op1.13, which states norm 1.13 (the odd ones); on the norm's page; in the library.
            (string Path, string Scope, string Notes, int Count)[] shown =
            [
                (DocumentPage.Resolution7327, $"[id='{Paragraph}']", "curator-note", (XssPayloads.All.Count + 1) / 2),
                (NormPageObject.PathOf(Norm), "main", "curator-note", XssPayloads.All.Count / 2),
                ("/library", "main", "bookmark-note", bookmarked.Length),
                ($"/documents/{FactWork}", "main", "provenance", 1),
            ];
            foreach (var (path, scope, notes, count) in shown)
            {
                await page.GotoAsync(path);
                await Assertions.Expect(page.Locator(scope).GetByTestId(notes)).ToHaveCountAsync(count);
                Assert.Empty(await page.EvaluateAsync<string[]>(ScanScript));
            }

            await using var curator = await portal.NewContextAsync();
            var facts = await curator.NewPageAsync();
            RecordDialogs(facts, dialogs);
            await new AccountPages(facts).SignInAsAdminAsync(admin);
            await facts.GotoAsync("/admin/facts?symbol=" + Uri.EscapeDataString(FactWork));
            await Assertions.Expect(facts.Locator("[data-fact='meeting'] li")).ToHaveCountAsync(XssPayloads.All.Count - (meetingHeldBefore ? 0 : 1));
            Assert.Empty(await facts.EvaluateAsync<string[]>(ScanScript));

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

    /// <summary>Dismisses and records every dialog the page opens: a payload that ran would open one.</summary>
    private static void RecordDialogs(IPage page, List<string> dialogs) =>
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
