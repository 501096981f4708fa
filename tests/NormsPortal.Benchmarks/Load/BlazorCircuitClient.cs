using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// One reader's tab without a browser: Blazor Server's own protocol, as blazor.web.js speaks it. The prerendered page is
/// fetched, its server component markers and persisted state read; /_blazor is connected with "blazorpack",
/// <c>StartCircuit</c> then <c>UpdateRootComponents</c> make the page interactive; every render batch is acknowledged
/// (<c>OnRenderCompleted</c>), every JavaScript call answered as done, and a link followed with <c>OnLocationChanged</c>,
/// as an interactive router's navigation does. A step's time runs from its request to the render batch that completes it.
/// </summary>
internal sealed partial class BlazorCircuitClient(Uri baseAddress, HttpClient http, TimeSpan stepTimeout) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private HubConnection? _hub;
    private RenderExpectation? _expected;
    private CircuitStepException? _lost;
    private long _jsObjects;

    /// <summary>JSCallResultType.JSObjectReference: the call returns a JavaScript object the server will call into.</summary>
    private const int JSObjectReferenceResult = 1;

    /// <summary>Fetches <paramref name="step"/>'s page and makes it interactive in a new circuit; the time from request to rendered.</summary>
    public async Task<TimeSpan> OpenAsync(BrowsingStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var started = Stopwatch.GetTimestamp();
        var address = new Uri(baseAddress, step.Path);
        using var response = await http.GetAsync(address, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new CircuitStepException($"HTTP {(int)response.StatusCode}", $"GET {step.Path} answered {(int)response.StatusCode}.", circuitLost: true);
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        List<JsonElement> markers = [.. ComponentMarker().Matches(html).Select(match => JsonDocument.Parse(match.Groups["json"].Value).RootElement)
            .Where(marker => marker.TryGetProperty("descriptor", out _))];
        if (markers.Count == 0)
        {
            throw new CircuitStepException("no interactive components", $"{step.Path} has no server component markers.", circuitLost: true);
        }

        var state = PersistedState().Match(html) is { Success: true } found ? found.Groups["state"].Value : "";
        _hub = Connect();
        await _hub.StartAsync(cancellationToken);
        var expectation = Expect(step);
        var circuitId = await _hub.InvokeAsync<string?>("StartCircuit", baseAddress.ToString(), address.ToString(), "[]", state, cancellationToken);
        if (string.IsNullOrEmpty(circuitId))
        {
            throw new CircuitStepException("circuit refused", $"StartCircuit for {step.Path} was refused.", circuitLost: true);
        }

        // What WebRootComponentManager sends once the renderer is attached: one "add" per prerendered server component.
        var operations = JsonSerializer.Serialize(new
        {
            batchId = 1,
            operations = markers.Select((marker, index) => new { type = "add", ssrComponentId = index + 1, marker }),
        });
        await _hub.SendAsync("UpdateRootComponents", operations, state, cancellationToken);
        return await RenderedAsync(expectation, started, cancellationToken);
    }

    /// <summary>Follows a link to <paramref name="step"/>'s page inside the circuit; the time from request to rendered.</summary>
    public async Task<TimeSpan> NavigateAsync(BrowsingStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var hub = _hub ?? throw new InvalidOperationException("Open a page first.");
        var expectation = Expect(step);
        var started = Stopwatch.GetTimestamp();
        await hub.SendAsync("OnLocationChanged", new Uri(baseAddress, step.Path).ToString(), null, true, cancellationToken);
        return await RenderedAsync(expectation, started, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is { } hub)
        {
            _hub = null;
            await hub.DisposeAsync();
        }
    }

    private HubConnection Connect()
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, "_blazor"), options => options.Transports = HttpTransportType.WebSockets);
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var hub = builder.Build();
        hub.On<long, byte[]>("JS.RenderBatch", async (batchId, batch) =>
        {
            lock (_gate)
            {
                _expected?.Offer(batch);
            }

            await hub.SendAsync("OnRenderCompleted", batchId, null);
        });
        // (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType) in .NET 10. A handle of 0 wants no
        // answer; any other is answered as done: with a new JavaScript object where one is asked for (a module import),
        // else with no value, which is what the portal's calls (focus, scroll, MudBlazor's observers) need to carry on.
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async arguments =>
        {
            if (arguments[0] is long handle and not 0)
            {
                var result = arguments[3] is JSObjectReferenceResult ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref _jsObjects)}}}" : "null";
                await hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
            }
        });
        hub.On<string>("JS.Error", error => Lose(new CircuitStepException("circuit error", $"The circuit failed: {error}", circuitLost: true)));
        hub.Closed += error =>
        {
            Lose(new CircuitStepException("connection closed", $"The connection closed: {error?.Message ?? "by the server"}", circuitLost: true));
            return Task.CompletedTask;
        };
        return hub;
    }

    private RenderExpectation Expect(BrowsingStep step)
    {
        var expectation = new RenderExpectation(step.MustRender);
        lock (_gate)
        {
            if (_lost is { } lost)
            {
                throw lost;
            }

            _expected = expectation;
        }

        return expectation;
    }

    private void Lose(CircuitStepException failure)
    {
        lock (_gate)
        {
            _lost ??= failure;
            _expected?.Fail(failure);
        }
    }

    private async Task<TimeSpan> RenderedAsync(RenderExpectation expectation, long started, CancellationToken cancellationToken)
    {
        try
        {
            return Stopwatch.GetElapsedTime(started, await expectation.Rendered.WaitAsync(stepTimeout, cancellationToken));
        }
        catch (TimeoutException)
        {
            throw new CircuitStepException("timeout", $"Not rendered within {stepTimeout.TotalSeconds:F0} s.", circuitLost: false);
        }
    }

    // <!--Blazor:{"type":"server","prerenderId":…,"descriptor":"…"}--> opens a component; its closing marker has no descriptor.
    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex ComponentMarker();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[^-]*?)-->")]
    private static partial Regex PersistedState();
}
