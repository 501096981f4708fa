using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsPortal.Benchmarks.Circuits;

/// <summary>What the circuits added of one type: bytes and objects.</summary>
internal sealed record TypeGrowth(string Type, long Bytes, long Count);

/// <summary>
/// The portal's heap by type, through <c>dotnet-gcdump</c> (a local tool of the repository: <c>dotnet tool restore</c>):
/// a dump is collected from the running process and its report read, type by type.
/// </summary>
internal static partial class GcDumpByType
{
    public static async Task<IReadOnlyDictionary<string, TypeGrowth>> CollectAsync(int processId, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"normsportal-circuits-{Guid.NewGuid():N}.gcdump");
        try
        {
            await RunToolAsync(["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file], cancellationToken);
            var report = await RunToolAsync(["report", file], cancellationToken);
            var types = new Dictionary<string, TypeGrowth>(StringComparer.Ordinal);
            foreach (Match row in ReportRow().Matches(report))
            {
                // Large objects come in rows of their own per size ("System.Byte[] (Bytes > 10K)"): one type is one row here.
                var type = SizeBucket().Replace(row.Groups["type"].Value.Trim(), "");
                var count = long.Parse(row.Groups["count"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                var bytes = count * long.Parse(row.Groups["size"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                types[type] = types.TryGetValue(type, out var seen) ? seen with { Bytes = seen.Bytes + bytes, Count = seen.Count + count } : new TypeGrowth(type, bytes, count);
            }

            return types;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The types that grew from <paramref name="before"/> to <paramref name="after"/>, largest growth first.</summary>
    public static IReadOnlyList<TypeGrowth> Growth(IReadOnlyDictionary<string, TypeGrowth> before, IReadOnlyDictionary<string, TypeGrowth> after) =>
        [.. after.Values
            .Select(type => before.TryGetValue(type.Type, out var was) ? type with { Bytes = type.Bytes - was.Bytes, Count = type.Count - was.Count } : type)
            .Where(type => type.Bytes > 0)
            .OrderByDescending(type => type.Bytes)];

    private static async Task<string> RunToolAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            // The repository's tool manifest names the version.
            WorkingDirectory = RepositoryFolder.Root(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["tool", "run", "dotnet-gcdump", .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"dotnet-gcdump {arguments[0]} failed ({process.ExitCode}): {await errors}{await output} (run `dotnet tool restore` first)");
    }


    // "          22    18,357  System.String  [System.Private.CoreLib.dll]": bytes per object (on average), objects, type.
    [GeneratedRegex(@"^\s*(?<size>[\d,]+)\s+(?<count>[\d,]+)\s+(?<type>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex ReportRow();

    [GeneratedRegex(@" \(Bytes > \d+K\)")]
    private static partial Regex SizeBucket();
}
