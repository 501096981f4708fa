namespace NormsPortal.Web.Caching;

/// <summary>
/// Passes a shared page's body through, with the placeholder nonce attribute (<see cref="CachedPageNonce"/>) replaced
/// by this response's. The replacement has the placeholder's length, so a stored Content-Length stays true. Until the
/// placeholder is found the last bytes of each write are held back, since it may straddle two writes.
/// </summary>
internal sealed class NonceRewritingStream(Stream inner, byte[] nonceAttribute) : Stream
{
    private readonly byte[] _held = new byte[nonceAttribute.Length - 1];
    private int _heldCount;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_heldCount < 0)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            return;
        }

        // The held bytes and the new ones, searched as one.
        var joined = new byte[_heldCount + buffer.Length];
        _held.AsSpan(0, _heldCount).CopyTo(joined);
        buffer.Span.CopyTo(joined.AsSpan(_heldCount));
        var found = joined.AsSpan().IndexOf(CachedPageNonce.PlaceholderAttribute);
        if (found >= 0)
        {
            nonceAttribute.CopyTo(joined.AsSpan(found));
            _heldCount = -1;
            await inner.WriteAsync(joined, cancellationToken);
            return;
        }

        var keep = Math.Min(_held.Length, joined.Length);
        await inner.WriteAsync(joined.AsMemory(0, joined.Length - keep), cancellationToken);
        joined.AsSpan(joined.Length - keep).CopyTo(_held);
        _heldCount = keep;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes what is still held back: the end of a body without a placeholder.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_heldCount > 0)
        {
            await inner.WriteAsync(_held.AsMemory(0, _heldCount), cancellationToken);
        }

        _heldCount = -1;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
