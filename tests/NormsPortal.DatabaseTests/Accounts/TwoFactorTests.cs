using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

public sealed class TwoFactorTests
{
    [Theory, DatabaseData]
    public async Task AuthenticatorCode_IsAcceptedOnlyOnce(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = TestPasswords.NewEmail();
        var user = new PortalUser { UserName = email, Email = email };
        await users.CreateAsync(user, TestPasswords.New());
        await users.ResetAuthenticatorKeyAsync(user);
        var key = Totp.DecodeBase32((await users.GetAuthenticatorKeyAsync(user))!);
        var code = Totp.Compute(key, Totp.StepAt(DateTimeOffset.UtcNow)).ToString("D6", CultureInfo.InvariantCulture);
        var provider = users.Options.Tokens.AuthenticatorTokenProvider;

        var first = await users.VerifyTwoFactorTokenAsync(user, provider, code);
        var again = await users.VerifyTwoFactorTokenAsync(user, provider, code);

        Assert.True(first);
        Assert.False(again);
    }
}
