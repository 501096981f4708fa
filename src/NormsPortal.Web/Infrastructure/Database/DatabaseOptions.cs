namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (the default: a file, nothing to install) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Whether start-up applies pending migrations (on by default; a pipeline may run <c>--migrate</c> instead).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
