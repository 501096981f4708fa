using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// How often a signed-in reader's request is authenticated (its cookie decrypted, its session checked): never for a
/// shared public page, whose markup is the public's whoever asks, and once for anything else. ASP.NET Core adds its
/// own authentication middleware in front of the pipeline unless the app's pipeline uses one itself, which would
/// authenticate every request, the shared pages' too, and the others twice.
/// </summary>
public sealed class AuthenticationPerRequestTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task SignedInReader_SharedPageIsNotAuthenticated_OtherRequestsOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var authentications = new CountingClaimsTransformation();
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString)
            .WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IClaimsTransformation>(authentications)));
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail("reader"), TestPasswords.New());
        (await client.RegisterAsync(email, password)).EnsureSuccessStatusCode();
        (await client.LoginAsync(email, password, useCookies: true)).EnsureSuccessStatusCode();

        Assert.Equal(0, await AuthenticationsOfAsync(client, authentications, "/norms"));
        Assert.Equal(0, await AuthenticationsOfAsync(client, authentications, "/documents"));
        Assert.Equal(1, await AuthenticationsOfAsync(client, authentications, "/api/v1/me/bookmarks"));
        Assert.Equal(1, await AuthenticationsOfAsync(client, authentications, "/library"));
    }

    private static async Task<int> AuthenticationsOfAsync(HttpClient client, CountingClaimsTransformation authentications, string path)
    {
        authentications.Reset();
        using var response = await client.GetAsync(path, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return authentications.Count;
    }

    /// <summary>Counts the successful authentications: <see cref="AuthenticationService"/> transforms each one's user once.</summary>
    private sealed class CountingClaimsTransformation : IClaimsTransformation
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(principal);
        }
    }
}
