namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// Polls a condition Playwright's web-first assertions cannot express (cookies, for one) until it
/// holds or a time limit passes.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(100);

    public static async Task AssertAsync(Func<Task<bool>> condition, string failureMessage)
    {
        var deadline = DateTime.UtcNow + _timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failureMessage);
            await Task.Delay(_interval, TestContext.Current.CancellationToken);
        }
    }
}
