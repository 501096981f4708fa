using Microsoft.Data.Sqlite;

namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>
/// Resolves a relative SQLite file against the app's content root, so the database lands in the
/// same place whether the app is started from the repository root or from its project folder.
/// </summary>
internal static class SqlitePaths
{
    public static string RootedAt(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }
}
