using NormsPortal.Web.Features.Compare;

namespace NormsPortal.ComponentTests.Compare;

/// <summary>Answers the compare page from the test's own function.</summary>
internal sealed class FakeCompareService : ICompareService
{
    public Func<string, string, string?, Task<CompareLookup>> Answer { get; set; } =
        (first, _, _) => Task.FromResult(new CompareLookup(CompareStatus.UnknownFirst, null, first));

    public Task<CompareLookup> CompareAsync(string first, string second, string? language, CancellationToken cancellationToken) =>
        Answer(first, second, language);

    public Task<IReadOnlyList<string>> ComparableSymbolsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(["A/RES/77/36", "A/RES/78/237"]);
}
