using System.Collections.Concurrent;
using System.Diagnostics;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// The real portal, NormsPortal.Web, running as a child process on a free loopback port with a
/// fresh SQLite database of its own, exactly as `dotnet NormsPortal.Web.dll` would run it. The
/// benchmarks link this file too, and point the app at a database they prepared.
/// </summary>
/// <remarks>
/// The app runs from this test project's own output folder. The web project is referenced, so its
/// NormsPortal.Web.dll, .deps.json, .runtimeconfig.json, appsettings*.json and static web assets
/// manifests are copied here by the build. The build-time manifest
/// (NormsPortal.Web.staticwebassets.runtime.json) points at wwwroot, the scoped CSS bundle and the
/// MudBlazor package in place, so the stylesheets and blazor.web.js are served without a publish.
/// Checked by hand in Development and Production; Development is used because it also validates
/// the dependency injection container at start-up.
/// </remarks>
public sealed class PortalAppProcess : IAsyncDisposable
{
    // Start-up seeds the shipped corpus; on a busy two-core machine, into a database that already
    // holds a bulk import, that has taken over a minute.
    private static readonly TimeSpan _startupTimeout = TimeSpan.FromSeconds(240);
    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(250);

    private readonly Process _process;
    private readonly DirectoryInfo _dataDirectory;
    private readonly ConcurrentQueue<string> _output;

    private PortalAppProcess(Process process, DirectoryInfo dataDirectory, ConcurrentQueue<string> output, Uri baseAddress)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        _output = output;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The app's process id, e.g. for a heap dump of it.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Everything the app wrote to stdout and stderr so far.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>
    /// Starts the app with <paramref name="environment"/> on top of the defaults (Development, a fresh
    /// SQLite database), e.g. <c>Database__Provider</c> and a connection string of the caller's, and
    /// returns once it answers HTTP requests.
    /// </summary>
    public static Task<PortalAppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        StartAsync(AppContext.BaseDirectory, environment, cancellationToken);

    /// <summary>
    /// Starts the app like <see cref="StartAsync(IReadOnlyDictionary{string, string}, CancellationToken)"/>, from
    /// <paramref name="appDirectory"/>: e.g. a published folder, which serves its static files in Production too.
    /// </summary>
    public static async Task<PortalAppProcess> StartAsync(string appDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var appAssembly = Path.Combine(appDirectory, "NormsPortal.Web.dll");
        if (!File.Exists(appAssembly))
        {
            throw new InvalidOperationException($"NormsPortal.Web.dll is not in {appDirectory}: build the solution first.");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("normsportal-e2e-");
        var baseAddress = new Uri($"http://127.0.0.1:{LoopbackPort.FindFree()}/");

        var startInfo = new ProcessStartInfo
        {
            // The same dotnet host that runs the tests (the SDK sets DOTNET_HOST_PATH), else PATH's.
            FileName = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            WorkingDirectory = appDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.ArgumentList.Add(appAssembly);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Database__Provider"] = "Sqlite";
        startInfo.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(dataDirectory.FullName, "portal.db")}";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            dataDirectory.Delete(recursive: true);
            throw;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new PortalAppProcess(process, dataDirectory, output, baseAddress);
        try
        {
            await app.WaitUntilReadyAsync(cancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Polls /health/ready until the app is ready. Kestrel listens while the shipped corpus is still
    /// checked (on a first start, loaded), and until then pages wait and readiness answers 503.
    /// </summary>
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw StartupFailure($"NormsPortal.Web exited with code {_process.ExitCode} during start-up.");
            }
            if (deadline.Elapsed > _startupTimeout)
            {
                throw StartupFailure($"NormsPortal.Web was not ready ({BaseAddress}health/ready) within {_startupTimeout.TotalSeconds} s.");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request timed out while the app was still starting.
            }
            await Task.Delay(_pollInterval, cancellationToken);
        }
    }

    private InvalidOperationException StartupFailure(string message) =>
        new($"{message}{Environment.NewLine}--- output of NormsPortal.Web ---{Environment.NewLine}{Output}");

    /// <summary>
    /// A port nobody listens on right now. Another process could take it before the app binds it;
    /// on a test machine that is rare enough, and the start-up error would say so.
    /// </summary>
    /// <summary>Stops the app with its whole process tree and deletes its database folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        using (var exitTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _process.WaitForExitAsync(exitTimeout.Token);
        }
        _process.Dispose();
        _dataDirectory.Delete(recursive: true);
    }
}
