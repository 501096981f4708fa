using System.Diagnostics;
using System.Formats.Tar;

namespace NormsPortal.Benchmarks.Startup;

/// <summary>
/// The repository's files at a git ref (<c>git archive</c>), in a temp folder removed when disposed: a baseline to
/// publish and measure beside the checked-out code in the same run, without touching the working tree.
/// </summary>
internal sealed class ExportedSource : IDisposable
{
    private ExportedSource(string gitRef, DirectoryInfo folder)
    {
        GitRef = gitRef;
        Folder = folder;
    }

    public string GitRef { get; }

    public DirectoryInfo Folder { get; }

    public static async Task<ExportedSource> ExportAsync(string gitRef, TextWriter progressOutput, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gitRef);
        ArgumentNullException.ThrowIfNull(progressOutput);
        var exported = new ExportedSource(gitRef, Directory.CreateTempSubdirectory("normsportal-source-"));
        try
        {
            progressOutput.WriteLine($"  exporting {gitRef} (git archive) …");
            var startInfo = new ProcessStartInfo("git")
            {
                WorkingDirectory = RepositoryFolder.Root(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["archive", "--format=tar", gitRef])
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("git did not start.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await TarFile.ExtractToDirectoryAsync(process.StandardOutput.BaseStream, exported.Folder.FullName, overwriteFiles: false, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"git archive {gitRef} failed ({process.ExitCode}): {await errors}");
            }

            return exported;
        }
        catch
        {
            exported.Dispose();
            throw;
        }
    }

    public void Dispose() => Folder.Delete(recursive: true);
}
