using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace NormsPortal.Web.Infrastructure.Http;

/// <summary>
/// A response body that goes nowhere, for a HEAD request answered as GET: the headers still reach
/// the client through the server's own body feature, which starts and completes the response.
/// </summary>
internal sealed class DiscardedResponseBody(IHttpResponseBodyFeature server) : IHttpResponseBodyFeature
{
    public Stream Stream => Stream.Null;

    public PipeWriter Writer { get; } = PipeWriter.Create(Stream.Null);

    public void DisableBuffering() => server.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => server.StartAsync(cancellationToken);

    /// <summary>A file sent in full would only start the response; its bytes are not read at all.</summary>
    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        server.StartAsync(cancellationToken);

    public Task CompleteAsync() => server.CompleteAsync();
}
