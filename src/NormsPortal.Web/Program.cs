using NormsPortal.Data.Providers;
using NormsPortal.Web.Configuration;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Infrastructure.Corpus;
using NormsPortal.Web.Infrastructure.Database;
using NormsPortal.Web.Infrastructure.Diagnostics;
using NormsPortal.Web.Security;
using Serilog;

var startup = StartupTimeline.Begin();
Log.Logger = LoggingConfiguration.CreateBootstrapLogger();

try
{
    // The import and account commands take arguments of their own, not configuration: only the other commands' reach the host.
    var builder = WebApplication.CreateBuilder(ImportCommand.IsRequested(args) || AccountCommands.IsRequested(args) ? [] : args);

    builder.AddPortalLogging();
    builder.AddPortalWeb();
    builder.AddPortalDatabase();
    builder.AddPortalIdentity();
    builder.AddPortalAccountSecurity();

    var app = builder.Build();
    startup.Mark("host built (configuration, logging, services)");

    if (args.Contains(DatabaseMigrator.MigrateSwitch))
    {
        // Deployment pipelines migrate once, before the new version's instances start.
        await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
        return 0;
    }

    if (AccountCommands.IsRequested(args))
    {
        return await AccountCommands.RunAsync(app.Services, args, Console.In, Console.Out, CancellationToken.None);
    }

    await app.MigrateOnStartupAsync();
    startup.Mark("migrations checked");
    if (ImportCommand.IsRequested(args))
    {
        return await ImportCommand.RunAsync(app.Services, args[1..], Console.Out, CancellationToken.None);
    }

    startup.Attach(app);
    await app.SeedCorpusOnStartupAsync();
    startup.Mark("shipped corpus checked");
    await app.EnsureConfiguredAdminAsync();
    startup.Mark("configured admin ensured");
    app.UsePortalPipeline();
    app.MapPortalEndpoints();
    startup.Mark("pipeline and endpoints mapped");

    await app.RunAsync();
    return 0;
}
catch (DatabaseSetupException exception)
{
    // The operator's to fix, and the message says how: one line, without a stack trace.
    Log.Fatal("NormsPortal cannot start: {Reason}", exception.Message);
    return 1;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    // HostAbortedException is how test hosts (WebApplicationFactory) stop the app on purpose.
    Log.Fatal(exception, "NormsPortal stopped because of an unhandled exception");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
