using System.Text.Json;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>
/// The portal's start-up timeline (<c>StartupTimeline</c>, logged at Debug when <see cref="Setting"/> asks for it) read
/// back from its standard output: each phase and how long it took. A portal too old to log it gives none.
/// </summary>
internal static class StartupPhases
{
    /// <summary>The environment variable that turns the portal's start-up timeline on.</summary>
    public static readonly KeyValuePair<string, string> Setting =
        new("Serilog__MinimumLevel__Override__NormsPortal.Web.Infrastructure.Diagnostics.StartupTimeline", "Debug");

    /// <summary>The last phase the portal logs, once its first response has gone.</summary>
    public const string FirstResponse = "first response";

    /// <summary>Each phase logged in <paramref name="lines"/> (compact JSON events) and its duration in milliseconds.</summary>
    public static IReadOnlyList<(string Phase, double Milliseconds)> Read(IEnumerable<string> lines)
    {
        var phases = new List<(string, double)>();
        foreach (var line in lines.Where(l => l.StartsWith('{') && l.Contains("\"PhaseMs\"", StringComparison.Ordinal)))
        {
            using var logEvent = JsonDocument.Parse(line);
            var root = logEvent.RootElement;
            if (root.TryGetProperty("Phase", out var phase) && root.TryGetProperty("PhaseMs", out var milliseconds))
            {
                phases.Add((phase.GetString() ?? "", milliseconds.GetDouble()));
            }
        }

        return phases;
    }
}
