namespace NormsPortal.Benchmarks;

/// <summary>The lines under a report's tables for one provider's run: the load around it, and whether it was aborted or had failures.</summary>
internal static class RunOutcome
{
    public static void Write(TextWriter output, string provider, string loadBefore, string loadAfter, string? aborted, TimedPass? pass)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{provider}: load average before {loadBefore}, after {loadAfter}.");
        if (aborted is not null)
        {
            output.WriteLine($"{provider}: ABORTED: {aborted}");
        }

        foreach (var failure in pass?.Failures.DistinctBy(f => f.Failure).Take(10) ?? [])
        {
            output.WriteLine($"{provider}: FAILED {failure.Request.Text}: {failure.Failure}");
        }
    }

    /// <summary>
    /// What aborted a provider's run, with the exceptions it wraps: a retry limit or a failed save says little
    /// without the database's own error beneath it.
    /// </summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var causes = new List<string>();
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            causes.Add($"{cause.GetType().Name}: {cause.Message}");
        }

        return string.Join(" ← ", causes);
    }

    /// <summary>
    /// Runs one provider's part of a benchmark and says what stopped it, or null: a server that refuses, a portal or
    /// browser that does not start fails that provider's run, and the report still comes.
    /// </summary>
    public static async Task<string?> AbortedAsync(string provider, Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Console.Error.WriteLine($"{provider}: running …");
        try
        {
            await run();
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Describe(exception);
        }
    }
}
