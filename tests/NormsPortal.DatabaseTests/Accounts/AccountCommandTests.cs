using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Security;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// <c>create-admin</c> and <c>reset-password</c> run as the operator runs them: the built app as a
/// process, the password piped to its standard input.
/// </summary>
public sealed class AccountCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task CreateAdmin_PipedPassword_CreatesTheDatabaseAndAnAdminAndExits0(DatabaseKind kind)
    {
        await using var database = kind == DatabaseKind.Sqlite
            ? await TestDatabase.CreateEmptyAsync(kind)
            : TestDatabase.NotYetCreatedOnPostgres();
        var (email, password) = (TestPasswords.NewEmail("admin"), TestPasswords.New());

        var run = await RunCommandAsync(database, ["create-admin", "--email", email], password);

        Assert.True(run.ExitCode == 0, run.Output);
        var (isAdmin, passwordWorks) = await InspectAsync(database, email, password);
        Assert.True(isAdmin);
        Assert.True(passwordWorks);
    }

    [Theory, DatabaseData]
    public async Task CreateAdmin_Again_ExitsZeroAndNeverChangesThePassword(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (email, password) = (TestPasswords.NewEmail("admin"), TestPasswords.New());
        var first = await RunCommandAsync(database, ["create-admin", "--email", email], password);

        var again = await RunCommandAsync(database, ["create-admin", "--email", email], TestPasswords.New());

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.True(again.ExitCode == 0, again.Output);
        var (isAdmin, passwordWorks) = await InspectAsync(database, email, password);
        Assert.True(isAdmin);
        Assert.True(passwordWorks);
    }

    [Theory, DatabaseData]
    public async Task CreateAdmin_CommonPassword_IsRefusedWithExit1(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var email = TestPasswords.NewEmail("admin");

        var run = await RunCommandAsync(database, ["create-admin", "--email", email], "qwertyqwerty");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("most common", run.Output, StringComparison.Ordinal);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email));
    }

    [Theory, DatabaseData]
    public async Task ResetPassword_PrintsALinkWithAWorkingOneTimeToken(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (email, password) = (TestPasswords.NewEmail("admin"), TestPasswords.New());
        (await RunCommandAsync(database, ["create-admin", "--email", email], password)).AssertSucceeded();

        var run = await RunCommandAsync(database, ["reset-password", "--email", email], input: null);

        Assert.True(run.ExitCode == 0, run.Output);
        var link = run.Output.Split((char[]?)null).Single(word => word.Contains("/account/reset-password?", StringComparison.Ordinal));
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("https://localhost"), link).Query);
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(query["code"]!));
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        var newPassword = TestPasswords.New();
        Assert.True((await users.ResetPasswordAsync(user!, token, newPassword)).Succeeded);
        Assert.False((await users.ResetPasswordAsync(user!, token, TestPasswords.New())).Succeeded);
        Assert.True(await users.CheckPasswordAsync(user!, newPassword));
    }

    private static async Task<(bool IsAdmin, bool PasswordWorks)> InspectAsync(TestDatabase database, string email, string password)
    {
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return (await users.IsInRoleAsync(user, PortalRoles.Admin), await users.CheckPasswordAsync(user, password));
    }

    private static async Task<CommandRun> RunCommandAsync(TestDatabase database, string[] args, string? input)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NormsPortal.Web.dll"));
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["Database__Provider"] = database.Provider.Name;
        startInfo.Environment[$"ConnectionStrings__{database.Provider.Name}"] = database.ConnectionString;
        using var process = Process.Start(startInfo)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var errors = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return new CommandRun(process.ExitCode, await output + await errors);
    }

    private sealed record CommandRun(int ExitCode, string Output)
    {
        public void AssertSucceeded() => Assert.True(ExitCode == 0, Output);
    }
}
