using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>The password policy, lockout, roles and the configured first admin, through the portal's own services.</summary>
public sealed class AccountRulesTests
{
    [Theory, DatabaseData]
    public async Task PasswordPolicy_LengthNotComposition_AndNoCommonPasswords(DatabaseKind kind)
    {
        await using var accounts = await AccountServices.StartAsync(kind);
        var users = accounts.Users;

        async Task<IEnumerable<string>> ProblemsAsync(string password) =>
            (await users.CreateAsync(new PortalUser { UserName = TestPasswords.NewEmail(), Email = TestPasswords.NewEmail() }, password))
                .Errors.Select(error => error.Code);

        Assert.Contains("PasswordTooShort", await ProblemsAsync("eleven char"));
        Assert.Empty(await ProblemsAsync("plain lower case words only"));
        Assert.Empty(await ProblemsAsync(string.Join(' ', Enumerable.Repeat("sixty four", 7)) + " chars ok"));
        Assert.Contains("PasswordTooCommon", await ProblemsAsync("qwertyuiopasdfgh"));
        Assert.Contains("PasswordTooCommon", await ProblemsAsync("Qwerty Qwerty"));
        Assert.Contains("PasswordTooLong", await ProblemsAsync(new string('x', CommonPasswordValidator.MaximumLength) + " more"));
    }

    [Theory, DatabaseData]
    public async Task Lockout_AfterFiveFailures_RefusesEvenTheRightPassword(DatabaseKind kind)
    {
        await using var accounts = await AccountServices.StartAsync(kind);
        var signIn = accounts.Get<SignInManager<PortalUser>>();
        signIn.Context = new DefaultHttpContext();
        var password = TestPasswords.New();
        var user = await accounts.CreateUserAsync(password);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.False((await signIn.CheckPasswordSignInAsync(user, TestPasswords.New(), lockoutOnFailure: true)).Succeeded);
        }

        var withTheRightPassword = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);

        Assert.True(withTheRightPassword.IsLockedOut);
    }

    [Theory, DatabaseData]
    public async Task AdminRole_GivenOnlyByAnAdmin_AndTheLastAdminStays(DatabaseKind kind)
    {
        await using var accounts = await AccountServices.StartAsync(kind);
        var users = accounts.Users;
        var roles = accounts.Get<AccountRoles>();
        var adminEmail = TestPasswords.NewEmail("admin");
        await accounts.Get<AdminAccounts>().EnsureAsync(adminEmail, TestPasswords.New());
        var admin = (await users.FindByEmailAsync(adminEmail))!;
        var researcher = await accounts.CreateUserAsync();
        var other = await accounts.CreateUserAsync();
        var stampBefore = await users.GetSecurityStampAsync(other);

        var byResearcher = await roles.SetAdminAsync(researcher, other, isAdmin: true);
        var lastAdminSteppingDown = await roles.SetAdminAsync(admin, admin, isAdmin: false);
        var byAdmin = await roles.SetAdminAsync(admin, other, isAdmin: true);

        Assert.Equal("NotAnAdmin", Assert.Single(byResearcher.Errors).Code);
        Assert.Equal("LastAdmin", Assert.Single(lastAdminSteppingDown.Errors).Code);
        Assert.True(byAdmin.Succeeded);
        Assert.True(await users.IsInRoleAsync(other, PortalRoles.Admin));
        Assert.False(await users.IsInRoleAsync(researcher, PortalRoles.Admin));
        Assert.NotEqual(stampBefore, await users.GetSecurityStampAsync(other));
    }

    [Theory, DatabaseData]
    public async Task ConfiguredAdmin_CreatesTheAccountOnce_AndNeverOverwritesItsPassword(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (email, password) = (TestPasswords.NewEmail("admin"), TestPasswords.New());
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using (var first = WithAdminSettings(portal, email, password))
        {
            _ = first.Services;
        }

        await using var second = WithAdminSettings(portal, email, TestPasswords.New());
        await using var scope = second.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = await users.FindByEmailAsync(email);

        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, PortalRoles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, password));
    }

    /// <summary>The portal started with <c>Admin:Email</c> and <c>Admin:Password</c> set.</summary>
    private static WebApplicationFactory<Program> WithAdminSettings(PortalFactory portal, string email, string password) =>
        portal.WithWebHostBuilder(builder => builder
            .UseSetting(ConfiguredAdmin.EmailKey, email)
            .UseSetting(ConfiguredAdmin.PasswordKey, password));
}
