using System.Text;
using NormsPortal.DatabaseTests.Infrastructure;
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
        await using var accounts = await AccountServices.StartAsync(kind);
        var user = await accounts.CreateUserAsync();

        var json = Encoding.UTF8.GetString(await accounts.Get<PersonalDataExport>().ExportAsync(user, Cancel));

        Assert.Contains(user.Email!, json, StringComparison.Ordinal);
        Assert.DoesNotContain(user.PasswordHash!, json, StringComparison.Ordinal);
        Assert.DoesNotContain(user.SecurityStamp!, json, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Delete_RemovesOnlyThatAccount_AndNeverTheLastAdmin(DatabaseKind kind)
    {
        await using var accounts = await AccountServices.StartAsync(kind);
        var deletion = accounts.Get<AccountDeletion>();
        var adminEmail = TestPasswords.NewEmail("admin");
        await accounts.Get<AdminAccounts>().EnsureAsync(adminEmail, TestPasswords.New());
        var leaving = await accounts.CreateUserAsync();
        var staying = await accounts.CreateUserAsync();

        var deleted = await deletion.DeleteAsync(leaving);
        var lastAdmin = await deletion.DeleteAsync((await accounts.Users.FindByEmailAsync(adminEmail))!);

        Assert.True(deleted.Succeeded);
        Assert.Null(await accounts.Users.FindByIdAsync(leaving.Id));
        Assert.NotNull(await accounts.Users.FindByIdAsync(staying.Id));
        Assert.Equal("LastAdmin", Assert.Single(lastAdmin.Errors).Code);
        Assert.NotNull(await accounts.Users.FindByEmailAsync(adminEmail));
    }
}
