using System.Buffers;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using NormsPortal.EndToEndTests.Infrastructure;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// A real SMTP server on a free loopback port, for the portal's account mail to arrive at: the
/// portal sends to it with MailKit exactly as it would to a production server (plain SMTP, no TLS,
/// no authentication). Messages are kept in arrival order until a test takes them.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly SmtpServer.SmtpServer _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private LocalSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new ChannelMessageStore(_received.Writer));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The configuration that points the portal at this server (environment-variable names for a process).</summary>
    public IReadOnlyDictionary<string, string> PortalSettings(string separator = ":") => new Dictionary<string, string>
    {
        [$"Smtp{separator}Host"] = IPAddress.Loopback.ToString(),
        [$"Smtp{separator}Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"Smtp{separator}From"] = "NormsPortal <portal@normsportal.test>",
        [$"Smtp{separator}UseTls"] = "false",
    };

    public static LocalSmtpServer Start() => new(LoopbackPort.FindFree());

    /// <summary>The next message sent to <paramref name="recipient"/>, waiting up to <paramref name="timeout"/> for it.</summary>
    public async Task<MimeMessage> NextMessageToAsync(string recipient, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var message = await _received.Reader.ReadAsync(deadline.Token);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase)))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No mail to {recipient} arrived at the local SMTP server within {timeout.TotalSeconds} s.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // The server stops by cancellation.
        }

        _stop.Dispose();
    }

    private sealed class ChannelMessageStore(ChannelWriter<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            await received.WriteAsync(message, cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
