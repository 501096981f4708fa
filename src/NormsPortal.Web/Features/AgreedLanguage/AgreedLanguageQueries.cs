namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// A held paragraph (<paramref name="Symbol"/> as a reader types it, any case; <paramref name="Anchor"/>), in
/// <paramref name="Language"/> (English when null). With <paramref name="Quote"/>, only that passage of the
/// paragraph (a selection of at least <see cref="AgreedLanguageLimits.MinimumWords"/> words) is looked up.
/// </summary>
public sealed record AgreedLanguageParagraphQuery(string? Symbol, string? Anchor, string? Language = null, string? Quote = null);

/// <summary>A pasted text (at most <see cref="AgreedLanguageLimits.MaximumCharacters"/> characters) in <paramref name="Language"/>.</summary>
public sealed record AgreedLanguageTextQuery(string? Text, string? Language);

/// <summary>The bounds of a passage that can be looked up.</summary>
public static class AgreedLanguageLimits
{
    /// <summary>The fewest words of a passage: fewer are a phrase that everything shares, not wording with a history.</summary>
    public const int MinimumWords = 8;

    /// <summary>The longest pasted text or quote, in characters.</summary>
    public const int MaximumCharacters = 5_000;
}
