using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Documents;

/// <summary>The filters, sort and page of a document list, as they come from a query string.</summary>
public sealed record DocumentListRequest
{
    public string? Kind { get; init; }

    public string? Track { get; init; }

    /// <summary>The organ as the works name it, e.g. <c>General Assembly</c>; matched exactly.</summary>
    public string? Body { get; init; }

    /// <summary>The session of an organ: the Assembly's and the Council's are numbered apart.</summary>
    public SessionChoice? Session { get; init; }

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    public string? Language { get; init; }

    public bool? HasText { get; init; }

    /// <summary><c>date</c> (newest first, the default), <c>date-asc</c>, <c>symbol</c> or <c>title</c>.</summary>
    public string? Sort { get; init; }

    /// <summary>Checked where it is read (<see cref="Paging.Parse"/>), with <see cref="PageSize"/>.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = Paging.DefaultPageSize;

    /// <summary>What is wrong with the request, in words for its reader; null when it is valid.</summary>
    public string? Validate()
    {
        if (Kind is not null && !WorkKindNames.TryParse(Kind, out _))
        {
            return WorkKindNames.UnknownMessage(Kind);
        }

        if (Language is not null && !Languages.IsOfficial(Language))
        {
            return Languages.UnknownMessage(Language);
        }

        if (YearFrom > YearTo)
        {
            return $"yearFrom ({YearFrom}) is after yearTo ({YearTo}).";
        }

        if (YearFrom is < 1 or > 9999 || YearTo is < 1 or > 9999)
        {
            return "Years must be between 1 and 9999.";
        }

        return Sort is null or "date" or "date-asc" or "symbol" or "title"
            ? null
            : $"Unknown sort '{Sort}'. Use date, date-asc, symbol or title.";
    }
}
