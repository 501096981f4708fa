using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// The query string of <c>GET /api/v1/search</c>: <c>q</c>, paging, <c>scope</c> (<c>paragraph</c> or
/// <c>document</c>, <see cref="SearchScopeNames"/>), and filters that may also come
/// as parameters of their own (<c>kind=</c>, <c>track=</c>, <c>year=</c>, <c>session=</c>, <c>lang=</c>,
/// <c>norm=</c>, <c>symbol=</c>), which are added to the query text as <c>name:value</c>. Numbers
/// arrive as text so that a malformed one gets a ProblemDetails answer that names it.
/// </summary>
public sealed record SearchParameters(
    string? Q,
    string? Page,
    string? PageSize,
    string? Kind,
    string? Track,
    string? Year,
    string? Session,
    string? Lang,
    string? Norm,
    string? Symbol,
    string? Scope)
{
    /// <summary>The request these parameters describe, or what is wrong with them.</summary>
    public (SearchRequest? Request, string? Problem) Parse()
    {
        var problems = new List<string>();
        var (page, pageSize) = Paging.Parse(Page, PageSize, problems);
        if (!SearchScopeNames.TryParse(Scope, out var scope))
        {
            problems.Add($"scope must be {SearchScopeNames.Paragraph} or {SearchScopeNames.Document}.");
        }

        if (problems.Count > 0)
        {
            return (null, string.Join(" ", problems));
        }

        var text = string.Join(' ', new[] { Q }.Concat(
            new (string Name, string? Value)[] { ("kind", Kind), ("track", Track), ("year", Year), ("session", Session), ("lang", Lang), ("norm", Norm), ("symbol", Symbol) }
                .Where(f => !string.IsNullOrWhiteSpace(f.Value))
                .Select(f => f.Name + ":" + Quoted(f.Value!.Trim())))
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        return (new SearchRequest(text, page, pageSize, scope), null);
    }

    // A value with a space (a symbol such as "A/RES/43/78 H") stays one filter value.
    private static string Quoted(string value) =>
        value.Contains(' ', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "", StringComparison.Ordinal) + "\"" : value;
}
