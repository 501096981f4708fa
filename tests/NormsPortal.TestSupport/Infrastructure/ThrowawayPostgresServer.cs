using System.Diagnostics;
using System.Globalization;
using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of one test's own, started from the machine's binaries the way <c>./test.sh</c> starts its
/// throwaway server (<c>initdb</c> and <c>pg_ctl</c>, run as the <c>postgres</c> OS user when the tests run as root),
/// on a free loopback port with trust authentication. A test may stop and restart it without touching the server
/// every other test uses. Stopped and deleted when disposed.
/// </summary>
public sealed class ThrowawayPostgresServer : IAsyncDisposable
{
    private static readonly bool s_isRoot = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private readonly string _binaries;
    private readonly string _folder;

    private ThrowawayPostgresServer(string binaries, string folder, int port)
    {
        _binaries = binaries;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>Why no server can be started here (no PostgreSQL binaries on PATH); null when one can.</summary>
    public static string? MissingReason => FindBinaries() is null
        ? "pg_ctl is not on PATH: install PostgreSQL's server binaries (Debian: postgresql-15) to run this test"
        : null;

    /// <summary>An Npgsql connection string to <paramref name="database"/> on this server, as its superuser.</summary>
    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true");

    /// <summary>A new cluster in a temporary folder, started and accepting connections.</summary>
    public static async Task<ThrowawayPostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(MissingReason);
        var folder = Directory.CreateTempSubdirectory("normsportal-pg-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "socket"));
        var server = new ThrowawayPostgresServer(binaries, folder, LoopbackPort.FindFree());
        try
        {
            if (s_isRoot)
            {
                await RunAsync("chown", ["-R", "postgres:", folder], folder, cancellationToken);
            }

            await server.RunAsPostgresAsync("initdb",
                ["-D", server.DataFolder, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=trust"], cancellationToken);
            // fsync is off because the machine does not crash in this test, only the server: what a backend wrote
            // is in the operating system's cache and survives. synchronous_commit stays on, so a commit is
            // acknowledged only once it is in the write-ahead log that recovery replays.
            await File.AppendAllTextAsync(Path.Combine(server.DataFolder, "postgresql.conf"), string.Create(CultureInfo.InvariantCulture, $"""

                listen_addresses = '127.0.0.1'
                port = {server.Port}
                unix_socket_directories = '{Path.Combine(folder, "socket")}'
                fsync = off

                """), cancellationToken);
            await server.StartAgainAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server at once, as a crash would (<c>pg_ctl stop -m immediate</c>): its next start recovers from the log.</summary>
    public Task StopImmediatelyAsync(CancellationToken cancellationToken) =>
        RunAsPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"], cancellationToken);

    /// <summary>Starts the stopped server and returns once it accepts connections.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken) =>
        RunAsPostgresAsync("pg_ctl", ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                await StopImmediatelyAsync(CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Already stopped: nothing to do before the folder goes.
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The folder of pg_ctl's real file, where initdb lives too (Debian puts only some of them on PATH).</summary>
    private static string? FindBinaries() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => new FileInfo(Path.Combine(folder, "pg_ctl")))
            .Where(file => file.Exists)
            .Select(file => Path.GetDirectoryName((file.ResolveLinkTarget(returnFinalTarget: true) ?? file).FullName))
            .FirstOrDefault();

    /// <summary>PostgreSQL refuses to run as root: as root its binaries run as the <c>postgres</c> user, from the server's folder.</summary>
    private Task RunAsPostgresAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        s_isRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_binaries, program), .. arguments], _folder, cancellationToken)
            : RunAsync(Path.Combine(_binaries, program), arguments, _folder, cancellationToken);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:{Environment.NewLine}{await output}{await errors}");
        }
    }
}
