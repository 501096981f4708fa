using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>A database of its own, the portal over it, and one service scope: the account services a test calls directly.</summary>
internal sealed class AccountServices : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly PortalFactory _portal;
    private readonly AsyncServiceScope _scope;

    private AccountServices(TestDatabase database, PortalFactory portal)
    {
        (_database, _portal) = (database, portal);
        _scope = portal.Services.CreateAsyncScope();
    }

    public UserManager<PortalUser> Users => Get<UserManager<PortalUser>>();

    public static async Task<AccountServices> StartAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        return new AccountServices(database, new PortalFactory(database.Provider.Name, database.ConnectionString));
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A researcher account with a made-up address and password.</summary>
    public async Task<PortalUser> CreateUserAsync(string? password = null)
    {
        var email = TestPasswords.NewEmail();
        var user = new PortalUser { UserName = email, Email = email };
        var created = await Users.CreateAsync(user, password ?? TestPasswords.New());
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(error => error.Description)));
        return user;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _portal.DisposeAsync();
        await _database.DisposeAsync();
    }
}
