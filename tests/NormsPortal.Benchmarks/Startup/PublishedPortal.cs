using System.Diagnostics;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>
/// The portal published as a deployment would publish it, into a temp folder removed when disposed:
/// framework-dependent, with ReadyToRun (its code compiled ahead of time for linux-x64), or self-contained (the
/// runtime published with it).
/// </summary>
internal sealed class PublishedPortal : IDisposable
{
    private PublishedPortal(string label, DirectoryInfo folder)
    {
        Label = label;
        Folder = folder;
    }

    public string Label { get; }

    public DirectoryInfo Folder { get; }

    public string Assembly => Path.Combine(Folder.FullName, "NormsPortal.Web.dll");

    /// <summary>
    /// What starts it: its own executable when it was published self-contained (<c>dotnet</c> would run it on the
    /// machine's shared runtime instead of the one published with it), else <c>dotnet</c> with <see cref="Assembly"/>.
    /// </summary>
    public (string Program, IReadOnlyList<string> Arguments) StartCommand =>
        File.Exists(Path.Combine(Folder.FullName, "libcoreclr.so"))
            ? (Path.Combine(Folder.FullName, "NormsPortal.Web"), [])
            : ("dotnet", [Assembly]);

    /// <summary>Publishes the portal of <paramref name="sourceFolder"/>, by default the repository the benchmark was built from.</summary>
    public static Task<PublishedPortal> PublishAsync(
        string label, IReadOnlyList<string> publishOptions, TextWriter progressOutput, CancellationToken cancellationToken, string? sourceFolder = null)
    {
        ArgumentNullException.ThrowIfNull(publishOptions);
        ArgumentNullException.ThrowIfNull(progressOutput);
        return PublishCoreAsync(label, publishOptions, progressOutput, sourceFolder ?? RepositoryFolder.Root(), cancellationToken);
    }

    private static async Task<PublishedPortal> PublishCoreAsync(
        string label, IReadOnlyList<string> publishOptions, TextWriter progressOutput, string sourceFolder, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("normsportal-published-");
        var published = new PublishedPortal(label, folder);
        try
        {
            ForgetEarlierReadyToRunImages(sourceFolder);
            progressOutput.WriteLine($"  publishing {label} ({string.Join(' ', publishOptions)}) …");
            var startInfo = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = sourceFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["publish", Path.Combine("src", "NormsPortal.Web", "NormsPortal.Web.csproj"), "-c", "Release", "-o", folder.FullName, .. publishOptions])
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0 || !File.Exists(published.Assembly))
            {
                throw new InvalidOperationException($"dotnet publish ({label}) failed ({process.ExitCode}): {await output}{await errors}");
            }

            return published;
        }
        catch
        {
            published.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Deletes the ReadyToRun images an earlier publish left in the portal's intermediate folder. The SDK reuses them
    /// when the IL has not changed, even when the earlier publish was another kind: after a self-contained composite
    /// publish, a framework-dependent ReadyToRun publish of the same tree shipped the composite's component images
    /// without their composite, and the portal aborted at its first instruction (session 29's start-up run).
    /// </summary>
    private static void ForgetEarlierReadyToRunImages(string sourceFolder)
    {
        var intermediate = new DirectoryInfo(Path.Combine(sourceFolder, "src", "NormsPortal.Web", "obj", "Release"));
        if (!intermediate.Exists)
        {
            return;
        }

        foreach (var images in intermediate.EnumerateDirectories("R2R", SearchOption.AllDirectories))
        {
            images.Delete(recursive: true);
        }
    }

    public void Dispose() => Folder.Delete(recursive: true);
}
