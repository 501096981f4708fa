using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NormsPortal.Web.Caching;

namespace NormsPortal.UnitTests.Caching;

public sealed class SharedDataCacheTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadersMissingTheSameEntryAtOnce_ShareOneRead_AndTheNextReaderIsServedFromTheStore()
    {
        var cache = NewCache();
        var reads = 0;
        var release = new TaskCompletionSource<string[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string[]?> Read(CancellationToken _)
        {
            Interlocked.Increment(ref reads);
            return release.Task;
        }

        var waiting = Enumerable.Range(0, 20).Select(_ => cache.GetOrReadAsync("norm:1.6", Read, _ => ["norm:1.6"], Cancel)).ToList();
        release.SetResult(["lineage"]);
        var answers = await Task.WhenAll(waiting);
        var later = await cache.GetOrReadAsync("norm:1.6", Read, _ => ["norm:1.6"], Cancel);

        Assert.Equal(1, reads);
        Assert.All(answers, answer => Assert.Equal(["lineage"], Assert.IsType<string[]>(answer)));
        Assert.Equal(["lineage"], Assert.IsType<string[]>(later));
    }

    [Fact]
    public async Task AReaderWhoStopsWaiting_DoesNotStopTheReadTheOthersWaitFor()
    {
        var cache = NewCache();
        var release = new TaskCompletionSource<string[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaving = new CancellationTokenSource();

        var leaver = cache.GetOrReadAsync("norms", _ => release.Task, _ => ["norms"], leaving.Token);
        var stayer = cache.GetOrReadAsync("norms", _ => release.Task, _ => ["norms"], Cancel);
        await leaving.CancelAsync();
        release.SetResult(["thirteen norms"]);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaver);
        Assert.Equal(["thirteen norms"], Assert.IsType<string[]>(await stayer));
    }

    [Fact]
    public async Task AFailedRead_IsNotKept_TheNextReaderReadsAgain()
    {
        var cache = NewCache();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetOrReadAsync<string[]>("norms", _ => throw new InvalidOperationException("database down"), _ => ["norms"], Cancel));
        var again = await cache.GetOrReadAsync("norms", _ => Task.FromResult<string[]?>(["back"]), _ => ["norms"], Cancel);

        Assert.Equal(["back"], Assert.IsType<string[]>(again));
    }

    private static SharedDataCache NewCache()
    {
        var services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
        return new SharedDataCache(services.GetRequiredService<IOutputCacheStore>(), Options.Create(new PublicCacheOptions()));
    }
}
