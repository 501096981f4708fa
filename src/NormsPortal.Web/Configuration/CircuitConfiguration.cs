using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// Limits of the interactive circuits, for a public site where most readers open a page, read and leave.
/// Each can be changed in configuration under <see cref="Section"/> (e.g. <c>Circuits__DisconnectedCircuitRetentionPeriod</c>);
/// the keys are the properties of <see cref="CircuitOptions"/>, and <c>MaximumReceiveMessageSize</c> of the hub.
/// </summary>
public static class CircuitConfiguration
{
    public const string Section = "Circuits";

    /// <summary>
    /// The document page hands its prerendered view to the circuit (up to 256 KB of JSON), and the browser
    /// sends it back in one message: SignalR's 32 KB default is too small.
    /// </summary>
    public const long DefaultMaximumReceiveMessageSize = 512 * 1024;

    public static IServerSideBlazorBuilder AddPortalCircuitLimits(this IServerSideBlazorBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        builder.Services.AddOptions<CircuitOptions>()
            .Configure(ApplyPublicSiteDefaults)
            .Bind(section);
        var maximumReceiveMessageSize = section.GetValue(nameof(HubOptions.MaximumReceiveMessageSize), DefaultMaximumReceiveMessageSize);
        return builder.AddHubOptions(options => options.MaximumReceiveMessageSize = maximumReceiveMessageSize);
    }

    /// <summary>
    /// A reader who lost the connection for more than a minute gets the page again from the server (it is
    /// prerendered, and a reading page holds nothing the reader typed); keeping every disconnected circuit for
    /// the framework's three minutes, and the state of evicted ones for two hours, holds memory for readers who
    /// have left. Script calls that take half a minute have failed: the browser is gone or stuck.
    /// </summary>
    private static void ApplyPublicSiteDefaults(CircuitOptions options)
    {
        options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
        options.DisconnectedCircuitMaxRetained = 100;
        options.PersistedCircuitInMemoryRetentionPeriod = TimeSpan.FromMinutes(10);
        options.PersistedCircuitInMemoryMaxRetained = 200;
        options.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
        options.MaxBufferedUnacknowledgedRenderBatches = 10;
    }
}
