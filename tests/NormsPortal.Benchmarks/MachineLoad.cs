using System.Globalization;

namespace NormsPortal.Benchmarks;

/// <summary>
/// The load average (1, 5 and 15 minutes) from <c>/proc/loadavg</c>: figures taken while other work
/// holds the cores are slower, and the report says how busy the machine was.
/// </summary>
internal static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    public static string Now()
    {
        if (!File.Exists(LoadAverageFile))
        {
            return "n/a";
        }

        var fields = File.ReadAllText(LoadAverageFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 3
            ? string.Create(CultureInfo.InvariantCulture, $"{fields[0]} / {fields[1]} / {fields[2]}")
            : "n/a";
    }
}
