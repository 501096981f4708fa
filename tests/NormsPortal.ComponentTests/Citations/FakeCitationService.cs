using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Citations;

namespace NormsPortal.ComponentTests.Citations;

/// <summary>Answers the panel's lookups from the test's own function, and remembers what was asked.</summary>
internal sealed class FakeCitationService : ICitationService
{
    /// <summary>73/27 with its title and date, as the citation service finds it.</summary>
    public static readonly CitableWork Resolution7327 = new(
        "A/RES/73/27",
        WorkKind.GaResolution,
        "Developments in the field of information and telecommunications in the context of international security",
        new DateOnly(2018, 12, 5),
        []);

    /// <summary>How to answer; a test sets it before rendering.</summary>
    public Func<string, string?, Task<CitationLookup>> Answer { get; set; } = (symbol, _) => Task.FromResult(CitationLookup.UnknownWork(symbol));

    public List<(string Symbol, string? Anchor)> Requests { get; } = [];

    /// <summary>Registers the fake as the portal's citation service, for a test class's constructor.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddSingleton<FakeCitationService>().AddSingleton<ICitationService>(s => s.GetRequiredService<FakeCitationService>());

    /// <summary>What the real service answers for a held work and anchor: the pinpoint by the real rule.</summary>
    public static CitationLookup Found(CitableWork work, string? anchor) =>
        CitationLookup.Found(new CitationTarget(work, anchor is null ? null : Pinpoint.Parse(anchor)));

    public Task<CitationLookup> FindAsync(string symbol, string? anchor, CancellationToken cancellationToken)
    {
        Requests.Add((symbol, anchor));
        return Answer(symbol, anchor);
    }
}
