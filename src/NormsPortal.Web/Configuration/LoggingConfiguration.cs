using System.Globalization;
using Serilog;
using Serilog.Events;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// Serilog, configured from the "Serilog" section of appsettings.json (levels, sinks, format), and
/// one log event per HTTP request.
/// </summary>
public static class LoggingConfiguration
{
    /// <summary>
    /// The logger used until configuration is read, so that a failure while starting up is still
    /// written somewhere. A plain logger (not Serilog's reloadable bootstrap logger) lets tests
    /// build several hosts in one process.
    /// </summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger();

    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // Probes hit the health endpoints every few seconds; keep them out of normal logs. Their 503 is an answer,
            // not a server error: a failing check is logged at Error by the health check service, with its name.
            options.GetLevel = (httpContext, _, exception) =>
                exception is not null
                    ? LogEventLevel.Error
                    : httpContext.Request.Path.StartsWithSegments("/health")
                        ? LogEventLevel.Verbose
                        : httpContext.Response.StatusCode >= StatusCodes.Status500InternalServerError
                            ? LogEventLevel.Error
                            : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnosticContext, httpContext) =>
            {
                diagnosticContext.Set("RequestHost", httpContext.Request.Host.Value);
                diagnosticContext.Set("RequestScheme", httpContext.Request.Scheme);
            };
        });
}
