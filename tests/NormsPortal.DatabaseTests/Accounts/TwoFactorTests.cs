using System.Globalization;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

public sealed class TwoFactorTests
{
    [Theory, DatabaseData]
    public async Task AuthenticatorCode_IsAcceptedOnlyOnce(DatabaseKind kind)
    {
        await using var accounts = await AccountServices.StartAsync(kind);
        var user = await accounts.CreateUserAsync();
        await accounts.Users.ResetAuthenticatorKeyAsync(user);
        var key = Totp.DecodeBase32((await accounts.Users.GetAuthenticatorKeyAsync(user))!);
        var code = Totp.Compute(key, Totp.StepAt(DateTimeOffset.UtcNow)).ToString("D6", CultureInfo.InvariantCulture);
        var provider = accounts.Users.Options.Tokens.AuthenticatorTokenProvider;

        var first = await accounts.Users.VerifyTwoFactorTokenAsync(user, provider, code);
        var again = await accounts.Users.VerifyTwoFactorTokenAsync(user, provider, code);

        Assert.True(first);
        Assert.False(again);
    }
}
