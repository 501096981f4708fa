using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>An account's own data: its download and its deletion.</summary>
public sealed class AccountDataTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Export_HoldsTheAccountButNoSecret(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = TestPasswords.NewEmail();
        var user = new PortalUser { UserName = email, Email = email };
        await users.CreateAsync(user, TestPasswords.New());

        var json = Encoding.UTF8.GetString(await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().ExportAsync(user, Cancel));

        Assert.Contains(email, json, StringComparison.Ordinal);
        Assert.DoesNotContain(user.PasswordHash!, json, StringComparison.Ordinal);
        Assert.DoesNotContain(user.SecurityStamp!, json, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Delete_RemovesOnlyThatAccount_AndNeverTheLastAdmin(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var deletion = scope.ServiceProvider.GetRequiredService<AccountDeletion>();
        var adminEmail = TestPasswords.NewEmail("admin");
        await scope.ServiceProvider.GetRequiredService<AdminAccounts>().EnsureAsync(adminEmail, TestPasswords.New());
        var (leaving, staying) = (TestPasswords.NewEmail(), TestPasswords.NewEmail());
        await users.CreateAsync(new PortalUser { UserName = leaving, Email = leaving }, TestPasswords.New());
        await users.CreateAsync(new PortalUser { UserName = staying, Email = staying }, TestPasswords.New());

        var deleted = await deletion.DeleteAsync((await users.FindByEmailAsync(leaving))!);
        var lastAdmin = await deletion.DeleteAsync((await users.FindByEmailAsync(adminEmail))!);

        Assert.True(deleted.Succeeded);
        Assert.Null(await users.FindByEmailAsync(leaving));
        Assert.NotNull(await users.FindByEmailAsync(staying));
        Assert.Equal("LastAdmin", Assert.Single(lastAdmin.Errors).Code);
        Assert.NotNull(await users.FindByEmailAsync(adminEmail));
    }
}
