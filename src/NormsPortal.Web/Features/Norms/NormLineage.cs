using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// A norm's line: its own text, then every text its wording stands in, in date order: the expert-group
/// report paragraph it comes from, its paragraph in 73/27, and each later paragraph that reuses it.
/// </summary>
/// <param name="Number">The norm's number, <c>1.6</c>.</param>
/// <param name="Label">The norm's short label.</param>
/// <param name="Text">The norm's own text, as 73/27 states it.</param>
/// <param name="Statement">Where 73/27 states it.</param>
/// <param name="Steps">The texts its wording stands in, in date order.</param>
public sealed record NormLineageDto(string Number, string Label, string Text, TextLocationDto Statement, IReadOnlyList<LineageStepDto> Steps);

/// <summary>One text in a norm's line.</summary>
/// <param name="Symbol">The work, e.g. <c>A/70/174</c>.</param>
/// <param name="Anchor">The paragraph, e.g. <c>para13.f</c>.</param>
/// <param name="Citation">The paragraph in UN style: <c>A/70/174, para. 13 (f)</c>.</param>
/// <param name="Date">The work's date, when recorded.</param>
/// <param name="Origin">Who made the link: <see cref="LineageOrigins"/>.</param>
/// <param name="Wording">How the wording stands to the text it is compared with: <see cref="LineageWordings"/>.</param>
/// <param name="Verified">For a curated step, whether a curator confirmed the link; for a computed step (what the texts say), true once a curator confirmed it, else null.</param>
/// <param name="Similarity">How much of the compared wording it holds (0–1, 1 verbatim), when compared.</param>
/// <param name="Text">The paragraph's text; null while the portal does not hold it.</param>
/// <param name="Differences">The word diff from the text it is compared with (deleted: only there; inserted: only here); empty when verbatim or not compared.</param>
/// <param name="ComparedWith">The citation of the step the differences are taken from, when compared.</param>
/// <param name="Url">The paragraph in the portal.</param>
/// <param name="OfficialUrl">The official copy, for a text the portal does not hold.</param>
public sealed record LineageStepDto(
    string Symbol,
    string Anchor,
    string Citation,
    DateOnly? Date,
    string Origin,
    string Wording,
    bool? Verified,
    double? Similarity,
    string? Text,
    IReadOnlyList<WordDifference> Differences,
    string? ComparedWith,
    string Url,
    string? OfficialUrl)
{
    /// <summary>For a curator's link, how the paragraph stands to the norm (<c>restates</c>, <c>develops</c>, <c>refers</c>); null for the other steps.</summary>
    public string? Relation { get; init; }

    /// <summary>What the curator noted about their link; null for the other steps.</summary>
    public string? Note { get; init; }

    /// <summary>A computed step a curator hid from the public; only admins see such a step.</summary>
    public bool Hidden { get; init; }
}

/// <summary>Who made a step's link: the reuse index from the texts, or a curator.</summary>
public static class LineageOrigins
{
    /// <summary>Found by comparing the wording (the agreed-language index).</summary>
    public const string Computed = "computed";

    /// <summary>Recorded by the portal's curators (a norm's counterpart, its paragraph in 73/27, and the curators' own links).</summary>
    public const string Curated = "curated";
}

/// <summary>
/// How a step's wording stands to the text it is compared with: the 73/27 paragraph to the report paragraph it
/// comes from, a later paragraph to the norm's text.
/// </summary>
public static class LineageWordings
{
    /// <summary>The first held text of the line: the wording appears here.</summary>
    public const string New = "new";

    /// <summary>The same words.</summary>
    public const string Verbatim = "verbatim";

    /// <summary>Words changed, shown as differences.</summary>
    public const string Modified = "modified";

    /// <summary>The portal does not hold this text yet; the step links the official copy.</summary>
    public const string NotHeld = "not-held";
}
