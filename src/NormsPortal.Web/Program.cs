using NormsPortal.Web.Configuration;
using Serilog;

Log.Logger = LoggingConfiguration.CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddPortalLogging();
    builder.AddPortalWeb();

    var app = builder.Build();

    app.UsePortalPipeline();
    app.MapPortalEndpoints();

    await app.RunAsync();
    return 0;
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
