namespace NormsPortal.Web.Features.Citations;

/// <summary>Whether a citation could be made, and why not.</summary>
public enum CitationLookupStatus
{
    Found,

    /// <summary>The portal holds no work with that symbol.</summary>
    UnknownWork,

    /// <summary>The anchor is malformed, or the work's text has no paragraph with it.</summary>
    UnknownAnchor,
}

/// <summary>The outcome of <see cref="ICitationService.FindAsync"/>: the target when found, else why not, in words.</summary>
public sealed record CitationLookup(CitationLookupStatus Status, CitationTarget? Target, string? Problem)
{
    public static CitationLookup Found(CitationTarget target) => new(CitationLookupStatus.Found, target, null);

    public static CitationLookup UnknownWork(string symbol) =>
        new(CitationLookupStatus.UnknownWork, null, $"The portal holds no document with the symbol '{symbol}'.");

    public static CitationLookup UnknownAnchor(string symbol, string anchor, string why) =>
        new(CitationLookupStatus.UnknownAnchor, null, $"{symbol} cannot be cited at '{anchor}': {why}");
}
