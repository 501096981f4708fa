namespace NormsPortal.Web.Features.Compare;

/// <summary>One of the two works compared: what the page's heading says about it.</summary>
public sealed record ComparedWork(string Symbol, string? Title, DateOnly? Date, IReadOnlyList<string> TextLanguages, string Url);

/// <summary>
/// Two works' texts aligned paragraph by paragraph in <c>Language</c>, one of <c>CommonLanguages</c> (the languages
/// both are held in). <c>Language</c> is null, and <c>Paragraphs</c> empty, when they share no language.
/// </summary>
public sealed record CompareResult(
    ComparedWork First,
    ComparedWork Second,
    string? Language,
    IReadOnlyList<string> CommonLanguages,
    IReadOnlyList<AlignedParagraph> Paragraphs)
{
    public int Count(ParagraphChange change) => Paragraphs.Count(p => p.Change == change);
}

/// <summary>Whether a comparison could be made; when a symbol is unknown, which.</summary>
public enum CompareStatus
{
    Compared,
    UnknownFirst,
    UnknownSecond,
}

/// <summary>The outcome of <see cref="ICompareService.CompareAsync"/>.</summary>
public sealed record CompareLookup(CompareStatus Status, CompareResult? Result, string? UnknownSymbol);
