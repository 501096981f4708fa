using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NormsPortal.Web.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status and duration.
/// Descriptions and exceptions are left out, as they can reveal connection details.
/// </summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);

        var response = new HealthResponse(
            report.Status.ToString(),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new HealthCheckResponse(
                    entry.Value.Status.ToString(),
                    Math.Round(entry.Value.Duration.TotalMilliseconds, 1))));

        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, response, _jsonOptions, context.RequestAborted);
    }

    private sealed record HealthResponse(
        string Status,
        double TotalDurationMs,
        IReadOnlyDictionary<string, HealthCheckResponse> Checks);

    private sealed record HealthCheckResponse(string Status, double DurationMs);
}
