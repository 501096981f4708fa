using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace NormsPortal.Web.Api;

/// <summary>
/// The one envelope of every paged list under <c>/api/v1</c>, without its items (<see cref="ListPage{T}"/>
/// adds them): the page asked for, its size, the total over all pages, and the addresses of the pages
/// before and after it. The links are absolute paths that keep every other query parameter; null at the
/// ends. A page past the last is empty, and its <see cref="Previous"/> is the last page that holds items.
/// </summary>
public abstract record ListPage(int Total, int Page, int PageSize)
{
    public string? Next { get; init; }

    public string? Previous { get; init; }

    /// <summary>This page with <see cref="Next"/> and <see cref="Previous"/> set for the address <paramref name="request"/> asked for.</summary>
    public static TPage Linked<TPage>(TPage page, HttpRequest request)
        where TPage : ListPage
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(request);
        var last = Paging.LastPage(page.Total, page.PageSize);
        return (TPage)(page with
        {
            Next = page.Page < last ? Address(request, page.Page + 1) : null,
            Previous = page.Page > 1 ? Address(request, Math.Min(page.Page - 1, last)) : null,
        });
    }

    /// <summary>
    /// The page <paramref name="page"/> of a short list held whole in memory (the norms, the States), linked
    /// for the address <paramref name="request"/> asked for.
    /// </summary>
    public static ListPage<T> Of<T>(IReadOnlyList<T> all, int page, int pageSize, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        var items = all.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return Linked(new ListPage<T>(items, all.Count, page, pageSize), request);
    }

    private static string Address(HttpRequest request, int page)
    {
        // ParseQuery's keys ignore case, as the binding does: "Page=3" is replaced too.
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove(Paging.PageKey);
        query[Paging.PageKey] = page.ToString(CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query);
        return (request.PathBase + request.Path).ToUriComponent() + builder.ToQueryString().ToUriComponent();
    }
}

/// <summary>A page of a list: its <c>items</c>, then the envelope every list shares (<see cref="ListPage"/>).</summary>
public record ListPage<T>([property: JsonPropertyOrder(-1)] IReadOnlyList<T> Items, int Total, int Page, int PageSize) : ListPage(Total, Page, PageSize);
