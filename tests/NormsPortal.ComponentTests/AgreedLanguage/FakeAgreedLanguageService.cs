using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.ComponentTests.AgreedLanguage;

/// <summary>Answers agreed-language lookups from the test's own functions, and remembers what was asked.</summary>
internal sealed class FakeAgreedLanguageService : IAgreedLanguageService
{
    /// <summary>How to answer a paragraph or a quote from it; nothing reuses it unless a test says otherwise.</summary>
    public Func<AgreedLanguageParagraphQuery, AgreedLanguageOutcome> ParagraphAnswer { get; set; } = _ => AgreedLanguageOutcome.Found(Empty("en"));

    /// <summary>How to answer a pasted text.</summary>
    public Func<AgreedLanguageTextQuery, AgreedLanguageOutcome> TextAnswer { get; set; } = q => AgreedLanguageOutcome.Found(Empty(q.Language ?? "en"));

    public List<AgreedLanguageParagraphQuery> ParagraphRequests { get; } = [];

    public List<AgreedLanguageTextQuery> TextRequests { get; } = [];

    /// <summary>Registers the fake as the portal's agreed-language service, for a test class's constructor.</summary>
    public static void Register(IServiceCollection services) =>
        services.AddSingleton<FakeAgreedLanguageService>().AddSingleton<IAgreedLanguageService>(s => s.GetRequiredService<FakeAgreedLanguageService>());

    /// <summary>An answer with no reuse.</summary>
    public static AgreedLanguageAnswer Empty(string language) => new(language, "", [], null, new AgreedLanguageCounts(0, 0), null);

    /// <summary>A reuse in a General Assembly resolution of the "developments" track.</summary>
    public static AgreedLanguageItem Item(string symbol, string anchor, DateOnly date, double similarity, string text, params WordDifference[] differences) => new(
        symbol,
        anchor,
        date,
        similarity,
        text,
        differences.Length == 0 ? [new WordDifference(text, WordChangeKind.Same)] : differences,
        "ga-resolution",
        null,
        new AgreedLanguageTrack("developments", "Developments in the field of ICTs"),
        date.Year,
        $"/documents/{symbol}#{anchor}",
        NormsPortal.Data.Anchors.AnchorLabel.InFull(anchor));

    public Task<AgreedLanguageOutcome> ForParagraphAsync(AgreedLanguageParagraphQuery query, CancellationToken cancellationToken)
    {
        ParagraphRequests.Add(query);
        return Task.FromResult(ParagraphAnswer(query));
    }

    public Task<AgreedLanguageOutcome> ForTextAsync(AgreedLanguageTextQuery query, CancellationToken cancellationToken)
    {
        TextRequests.Add(query);
        return Task.FromResult(TextAnswer(query));
    }
}
