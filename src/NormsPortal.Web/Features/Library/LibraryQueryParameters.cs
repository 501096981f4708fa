using System.Globalization;

namespace NormsPortal.Web.Features.Library;

/// <summary>
/// The library list's query parameters as text (so a malformed one gets a ProblemDetails that names it),
/// read into a <see cref="BookmarkListQuery"/>. The API and the library page's address read them alike.
/// </summary>
public static class LibraryQueryParameters
{
    public const string CollectionKey = "collection";
    public const string TagKey = "tag";
    public const string KindKey = "kind";
    public const string TextKey = "text";
    public const string SortKey = "sort";

    public static IReadOnlyList<string> KindNames { get; } = [.. Enum.GetValues<Data.Model.BookmarkKind>().Select(BookmarkTargets.KindName)];

    public static IReadOnlyList<string> SortNames { get; } = [.. Enum.GetValues<BookmarkSort>().Select(s => s.ToString().ToLowerInvariant())];

    /// <summary>The filters and order asked for (first page); what is malformed is said in <paramref name="problems"/>.</summary>
    public static BookmarkListQuery Read(string? collection, string? tag, string? kind, string? text, string? sort, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Data.Model.BookmarkKind? chosenKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (BookmarkTargets.TryParseKind(kind, out var parsed))
            {
                chosenKind = parsed;
            }
            else
            {
                problems.Add($"kind must be one of: {string.Join(", ", KindNames)}; not '{kind.Trim()}'.");
            }
        }

        var order = BookmarkSort.Newest;
        if (!string.IsNullOrWhiteSpace(sort) && !(Enum.TryParse(sort.Trim(), ignoreCase: true, out order) && SortNames.Contains(sort.Trim().ToLowerInvariant())))
        {
            problems.Add($"sort must be one of: {string.Join(", ", SortNames)}; not '{sort.Trim()}'.");
        }

        return new BookmarkListQuery
        {
            Collection = ReadCollection(collection, problems),
            Tag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim(),
            Kind = chosenKind,
            Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            Sort = order,
        };
    }

    /// <summary>A collection's id, or null when none is named; a malformed one is said in <paramref name="problems"/>.</summary>
    public static int? ReadCollection(string? collection, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(collection))
        {
            return null;
        }

        if (int.TryParse(collection.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        problems.Add($"collection must be the id of one of your collections (a whole number), not '{collection.Trim()}'.");
        return null;
    }
}
