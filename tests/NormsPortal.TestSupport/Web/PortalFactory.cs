using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// The real web app in memory, pointed at the database a test chooses. The shipped corpus is not
/// loaded at start: each test decides what its database holds.
/// </summary>
public sealed class PortalFactory(string provider, string connectionString, bool migrateOnStartup = true) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting($"ConnectionStrings:{provider}", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", migrateOnStartup ? "true" : "false");
        builder.UseSetting("Corpus:SeedOnStartup", "false");
    }
}
