using Microsoft.AspNetCore.WebUtilities;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>The addresses of the admin annotation pages: the list, one annotation's editor, and a new one on a target.</summary>
public static class AnnotationAdminUrls
{
    public const string List = "/admin/annotations";

    public const string New = List + "/new";

    /// <summary>The editor of annotation <paramref name="id"/>.</summary>
    public static string Editor(int id) => List + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The editor of a new annotation with its target set (the query names a bookmark target's fields).</summary>
    public static string NewOn(BookmarkTargetDto target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var fields = new Dictionary<string, string?>
        {
            ["norm"] = target.Norm,
            ["symbol"] = target.Symbol,
            ["anchor"] = target.Anchor,
            ["quote"] = target.Quote,
            ["prefix"] = target.Prefix,
            ["suffix"] = target.Suffix,
        };
        return QueryHelpers.AddQueryString(New, fields.Where(f => !string.IsNullOrEmpty(f.Value)));
    }
}
