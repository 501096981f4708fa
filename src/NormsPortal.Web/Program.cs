using NormsPortal.Data.Providers;
using NormsPortal.Web.Configuration;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Infrastructure.Corpus;
using NormsPortal.Web.Infrastructure.Database;
using NormsPortal.Web.Infrastructure.Diagnostics;
using NormsPortal.Web.Infrastructure.Startup;
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

    // Disposed only after a clean shutdown (below): disposing it closes the Serilog logger, and the catch blocks
    // must still be able to log why the start failed.
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
    // Checked while the server starts (the pipeline, the hosted services, Kestrel) instead of before it: the gate holds
    // every request until the check has ended, and a check that fails still fails the start (awaited below).
    var shippedCorpus = Task.Run(async () =>
    {
        await app.SeedCorpusOnStartupAsync();
        startup.Mark("shipped corpus checked");
    });
    app.Services.GetRequiredService<StartupGate>().HoldUntil(shippedCorpus);
    await app.EnsureConfiguredAdminAsync();
    startup.Mark("configured admin ensured");
    app.UsePortalPipeline();
    app.MapPortalEndpoints();
    startup.Mark("pipeline and endpoints mapped");

    await app.StartAsync();
    await shippedCorpus;
    await app.WaitForShutdownAsync();
    await app.DisposeAsync();
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
