namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>Why a passage could not be looked up; the API answers each with a 400 ProblemDetails, a page with its message.</summary>
public enum AgreedLanguageProblem
{
    /// <summary>No symbol and anchor, or an empty text.</summary>
    NoPassage,

    /// <summary>Fewer than <see cref="AgreedLanguageLimits.MinimumWords"/> words (or a quote not found in its paragraph).</summary>
    TooShort,

    /// <summary>More than <see cref="AgreedLanguageLimits.MaximumCharacters"/> characters.</summary>
    TooLong,

    /// <summary>The portal holds no work with that symbol (or a malformed one).</summary>
    UnknownSymbol,

    /// <summary>The work's text in that language has no paragraph with that anchor.</summary>
    UnknownAnchor,

    /// <summary>Not one of the six languages.</summary>
    UnknownLanguage,
}

/// <summary>The outcome of a lookup: the answer, or the problem and its message in words.</summary>
public sealed record AgreedLanguageOutcome(AgreedLanguageAnswer? Answer, AgreedLanguageProblem? Problem, string? Message)
{
    public static AgreedLanguageOutcome Found(AgreedLanguageAnswer answer) => new(answer, null, null);

    public static AgreedLanguageOutcome Refused(AgreedLanguageProblem problem, string message) => new(null, problem, message);
}
