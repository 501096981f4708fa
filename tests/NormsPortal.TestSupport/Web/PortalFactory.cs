using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// The real web app in memory, pointed at the database a test chooses. The shipped corpus is not
/// loaded at start: each test decides what its database holds. <paramref name="settings"/> adds
/// configuration of the test's own (an SMTP server, a rate limit), keyed as in appsettings.json.
/// </summary>
public sealed class PortalFactory(
    string provider, string connectionString, bool migrateOnStartup = true, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting($"ConnectionStrings:{provider}", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", migrateOnStartup ? "true" : "false");
        builder.UseSetting("Corpus:SeedOnStartup", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
