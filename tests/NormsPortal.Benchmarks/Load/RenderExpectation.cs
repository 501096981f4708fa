using System.Diagnostics;
using System.Text;

namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// What a step waits for: each of its strings as a whole entry of the string table of a render batch that arrives after it
/// was sent. The table holds every text and attribute value the batch writes, each as BinaryWriter writes a string (its
/// UTF-8 length, 7 bits a byte, then the bytes), so the length prefix makes "A/RES/73/27" not match inside
/// "/documents/A/RES/73/27". Completes with the timestamp of the batch that brought the last one.
/// </summary>
internal sealed class RenderExpectation(IReadOnlyList<string> mustRender)
{
    private readonly List<byte[]> _missing = [.. mustRender.Select(TableEntry)];
    private readonly TaskCompletionSource<long> _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the step had rendered in full.</summary>
    public Task<long> Rendered => _rendered.Task;

    /// <summary>Takes a batch in: crosses off what it carries, and completes once nothing is missing.</summary>
    public void Offer(ReadOnlySpan<byte> batch)
    {
        for (var i = _missing.Count - 1; i >= 0; i--)
        {
            if (batch.IndexOf(_missing[i]) >= 0)
            {
                _missing.RemoveAt(i);
            }
        }

        if (_missing.Count == 0)
        {
            _rendered.TrySetResult(Stopwatch.GetTimestamp());
        }
    }

    public void Fail(CircuitStepException failure) => _rendered.TrySetException(failure);

    private static byte[] TableEntry(string text)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8))
        {
            writer.Write(text);
        }

        return bytes.ToArray();
    }
}
