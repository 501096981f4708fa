using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Providers;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// A PostgreSQL database named in the configuration that does not exist yet is created, as EF
/// Core's migrations would, when the user may; otherwise the portal stops with one line that says
/// what to do. SQLite creates its file itself.
/// </summary>
public sealed class DatabaseCreationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_DatabaseThatDoesNotExist_CreatesAndMigratesIt()
    {
        SkipWithoutPostgres();
        await using var database = TestDatabase.NotYetCreatedOnPostgres();

        await using (var db = database.CreateContext())
        {
            await PortalMigrator.MigrateAsync(database.Provider, db, Cancel);
        }

        await using var check = database.CreateContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync(Cancel));
    }

    [Fact]
    public async Task Migrate_SeveralInstancesAtOnce_OnADatabaseThatDoesNotExist_AllSucceed()
    {
        SkipWithoutPostgres();
        await using var database = TestDatabase.NotYetCreatedOnPostgres();

        var instances = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await PortalMigrator.MigrateAsync(database.Provider, db, Cancel);
        });
        var appliedByInstance = await Task.WhenAll(instances);

        await using var check = database.CreateContext();
        Assert.Equal(check.Database.GetMigrations(), appliedByInstance.SelectMany(a => a).Order(StringComparer.Ordinal));
        Assert.Empty(await check.Database.GetPendingMigrationsAsync(Cancel));
    }

    [Fact]
    public async Task Migrate_AsAUserWhoMayNotCreateDatabases_SaysWhatToDo()
    {
        SkipWithoutPostgres();
        await using var role = await RoleWithoutCreateDbAsync();
        await using var database = TestDatabase.NotYetCreatedOnPostgres(role.Name);
        await using var db = database.CreateContext();

        var exception = await Assert.ThrowsAsync<DatabaseSetupException>(() => PortalMigrator.MigrateAsync(database.Provider, db, Cancel));

        Assert.Contains(DatabaseName(database), exception.Message, StringComparison.Ordinal);
        Assert.Contains("CREATEDB", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CREATE DATABASE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_AsAUserWhoMayNotCreateDatabases_LogsOneLine_AndExitsNonZero()
    {
        SkipWithoutPostgres();
        await using var role = await RoleWithoutCreateDbAsync();
        await using var database = TestDatabase.NotYetCreatedOnPostgres(role.Name);

        var (exitCode, output) = await RunPortalAsync(database, "--migrate");

        Assert.NotEqual(0, exitCode);
        var fatal = Assert.Single(output, line => line.Contains(DatabaseName(database), StringComparison.Ordinal));
        Assert.Contains("CREATEDB", fatal, StringComparison.Ordinal);
        // No stack trace: the line says what to do, and nothing else is dumped.
        Assert.DoesNotContain(output, line => line.Contains("   at ", StringComparison.Ordinal) || line.Contains("\\n   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_OnADatabaseThatDoesNotExist_MigratesWithoutLoggingAnError()
    {
        SkipWithoutPostgres();
        await using var database = TestDatabase.NotYetCreatedOnPostgres();

        var (exitCode, output) = await RunPortalAsync(database, "--migrate");

        Assert.Equal(0, exitCode);
        // Production logs are compact JSON, one event a line, with the level in "@l" when it is not Information.
        Assert.DoesNotContain(output, line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)
            || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal));
    }

    private static void SkipWithoutPostgres()
    {
        if (TestEnvironment.PostgresSkipReason is { } skip)
        {
            Assert.Skip(skip);
        }
    }

    private static string DatabaseName(TestDatabase database) =>
        new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;

    /// <summary>Runs the built portal (its own process, as deployed) with <paramref name="arguments"/> against <paramref name="database"/>.</summary>
    private static async Task<(int ExitCode, List<string> Output)> RunPortalAsync(TestDatabase database, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NormsPortal.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Database__Provider"] = database.Provider.Name;
        start.Environment["ConnectionStrings__Postgres"] = database.ConnectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        var output = ((await stdout) + (await stderr)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, output);
    }

    private static async Task<TestRole> RoleWithoutCreateDbAsync()
    {
        var name = $"np_nocreatedb_{Guid.NewGuid():N}"[..30];
        await TestDatabase.ExecutePostgresAdminAsync($"CREATE ROLE \"{name}\" LOGIN NOCREATEDB");
        return new TestRole(name);
    }

    private sealed record TestRole(string Name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestDatabase.ExecutePostgresAdminAsync($"DROP ROLE IF EXISTS \"{Name}\"");
        }
    }
}
