namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// Agreed language: where a passage's wording first appeared among the held texts, every paragraph that
/// reuses it (exactly or with small changes) and how it changed. Used by the API and by the pages, so
/// both answer alike; an interface so components can be tested without a database.
/// </summary>
public interface IAgreedLanguageService
{
    /// <summary>
    /// The reuses of a held paragraph's wording, or of a passage quoted from it
    /// (<see cref="AgreedLanguageParagraphQuery.Quote"/>), in the paragraph's language.
    /// </summary>
    Task<AgreedLanguageOutcome> ForParagraphAsync(AgreedLanguageParagraphQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The reuses of a pasted text in its language, and its segments: which stretches are agreed language
    /// (each with its earliest source and reuse count) and which are new.
    /// </summary>
    Task<AgreedLanguageOutcome> ForTextAsync(AgreedLanguageTextQuery query, CancellationToken cancellationToken);
}
