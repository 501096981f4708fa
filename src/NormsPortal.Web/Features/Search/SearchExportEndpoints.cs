using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// <c>GET /api/v1/search/export?q=…&amp;format=csv|json</c>: the matched works of a search (the first
/// <see cref="MaxWorks"/>) as a file: JSON in the shape of <c>/api/v1/search</c>, or CSV with one row per work.
/// </summary>
public static class SearchExportEndpoints
{
    public const string Csv = "csv";

    public const string Json = "json";

    /// <summary>How many works an export holds at most, ranked as the search ranks them.</summary>
    public const int MaxWorks = 1_000;

    internal static IEndpointRouteBuilder MapSearchExportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search/export", ExportAsync).WithTags("Search").WithName("SearchExport")
            .WithSummary("The matched works of a search as a file: format=json (the shape of /api/v1/search) or format=csv (one row per work).")
            .WithDescription("Takes the parameters of /api/v1/search except paging; holds the first 1,000 works. 400 when the format, "
                + "the scope or the query is not valid.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces<SearchResultsDto>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        [AsParameters] SearchParameters parameters, [FromQuery(Name = "format")] string? format, SearchService search, CancellationToken cancellationToken)
    {
        var name = format?.Trim().ToLowerInvariant();
        if (name is not (Csv or Json))
        {
            return ApiProblems.BadRequest($"format must be {Csv} or {Json}.");
        }

        var (request, problem) = parameters.Parse();
        if (request is null)
        {
            return ApiProblems.BadRequest(problem!);
        }

        var results = await search.SearchAsync(request with { Page = 1, PageSize = MaxWorks }, cancellationToken);
        if (results.NothingToSearchFor)
        {
            return SearchEndpoints.NothingToSearchFor(results);
        }

        return name == Csv
            ? TypedResults.File(CsvOf(results), "text/csv; charset=utf-8", "search.csv")
            : TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(results, JsonSerializerOptions.Web), "application/json", "search.json");
    }

    private static readonly string[] s_csvHeader = ["Symbol", "Kind", "Title", "Date", "Url", "MatchedParagraphs"];

    /// <summary>One row per work: symbol, kind, title, date (ISO), address, number of matched paragraphs.</summary>
    private static byte[] CsvOf(SearchResultsDto results)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(s_csvHeader);
            foreach (var work in results.Items)
            {
                csv.WriteRecord(
                [
                    work.Symbol, work.Kind, work.Title ?? "", work.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", work.Url,
                    work.ParagraphTotal.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
