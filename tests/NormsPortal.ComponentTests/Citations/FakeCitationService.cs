using NormsPortal.Web.Features.Citations;

namespace NormsPortal.ComponentTests.Citations;

/// <summary>Answers the panel's lookups from the test's own function, and remembers what was asked.</summary>
internal sealed class FakeCitationService : ICitationService
{
    /// <summary>How to answer; a test sets it before rendering.</summary>
    public Func<string, string?, Task<CitationLookup>> Answer { get; set; } = (symbol, _) => Task.FromResult(CitationLookup.UnknownWork(symbol));

    public List<(string Symbol, string? Anchor)> Requests { get; } = [];

    public Task<CitationLookup> FindAsync(string symbol, string? anchor, CancellationToken cancellationToken)
    {
        Requests.Add((symbol, anchor));
        return Answer(symbol, anchor);
    }
}
