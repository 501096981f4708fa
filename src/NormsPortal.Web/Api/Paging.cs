using System.Globalization;

namespace NormsPortal.Web.Api;

/// <summary>
/// The paging contract of every list under <c>/api/v1</c> (and the pages that show those lists): the query
/// parameters <see cref="PageKey"/> and <see cref="PageSizeKey"/>, one default, one maximum, and what a bad
/// value is told. A page past the last is not an error: it is an empty page.
/// </summary>
public static class Paging
{
    public const string PageKey = "page";

    public const string PageSizeKey = "pageSize";

    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    /// <summary>The last page that may be asked for, so that an offset stays cheap whatever the list.</summary>
    public const int MaxPage = 500;

    /// <summary>
    /// The page and page size that <paramref name="page"/> and <paramref name="pageSize"/> ask for (1 and
    /// <see cref="DefaultPageSize"/> when absent); a malformed or out-of-range value adds a message to
    /// <paramref name="problems"/> that states the allowed range.
    /// </summary>
    public static (int Page, int PageSize) Parse(string? page, string? pageSize, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return (Number(page, PageKey, MaxPage, problems) ?? 1, Number(pageSize, PageSizeKey, MaxPageSize, problems) ?? DefaultPageSize);
    }

    /// <summary>The number of the last page holding items; 1 for an empty list.</summary>
    public static int LastPage(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    private static int? Number(string? value, string name, int max, ICollection<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max)
        {
            return number;
        }

        problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from 1 to {max}, not '{value.Trim()}'."));
        return null;
    }
}
