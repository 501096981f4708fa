using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NormsPortal.Data;
using NormsPortal.Data.Providers;

namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>
/// Brings the database schema up to date at start-up or on <c>--migrate</c>. The provider's
/// migration lock (see <see cref="PortalMigrator"/>) makes it safe for several instances at once.
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
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var factory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        var applied = await PortalMigrator.MigrateAsync(provider, db, cancellationToken);
        if (applied.Count == 0)
        {
            LogUpToDate(logger, provider.Name);
        }
        else
        {
            LogApplied(logger, applied.Count, provider.Name, applied);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ({Provider}) is up to date")]
    private static partial void LogUpToDate(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) on {Provider}: {Migrations}")]
    private static partial void LogApplied(ILogger logger, int count, string provider, IReadOnlyList<string> migrations);
}
