using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NormsPortal.Data;
using NormsPortal.Data.Providers;

namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>
/// Brings the database schema up to date. EF Core takes a database-wide lock while it migrates
/// (a lock table on SQLite, an advisory lock on PostgreSQL), so several instances starting at once
/// apply each migration exactly once.
/// </summary>
public static partial class DatabaseMigrator
{
    /// <summary>The command-line switch that only migrates and exits, for deployment pipelines.</summary>
    public const string MigrateSwitch = "--migrate";

    /// <summary>Applies pending migrations when <see cref="DatabaseOptions.MigrateOnStartup"/> is on.</summary>
    public static async Task MigrateOnStartupAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
        }
    }

    /// <summary>Applies every pending migration of the configured provider.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredService<IPortalDatabaseProvider>();
        var connection = services.GetRequiredService<PortalConnection>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        provider.PrepareStorage(connection.ConnectionString);

        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            LogUpToDate(logger, provider.Name);
            return;
        }

        LogApplying(logger, pending.Count, provider.Name, pending);
        await db.Database.MigrateAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date")]
    private static partial void LogUpToDate(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) on {Provider}: {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, string provider, IReadOnlyList<string> migrations);
}
