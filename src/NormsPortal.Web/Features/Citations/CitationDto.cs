namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// A work or paragraph cited in every style, with its permalink and the files to download.
/// <c>Unconfirmed</c> names the facts used (title, date) that no source has confirmed yet.
/// </summary>
public sealed record CitationDto(
    string Symbol,
    string? Anchor,
    string Un,
    string Bluebook,
    string Oscola,
    string Permalink,
    IReadOnlyList<string> Unconfirmed,
    IReadOnlyList<CitationDownloadDto> Downloads);

/// <summary>A file for reference managers: its format name (<c>bibtex</c>), label and address.</summary>
public sealed record CitationDownloadDto(string Format, string Label, string Url);
