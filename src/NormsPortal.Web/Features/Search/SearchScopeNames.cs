using NormsPortal.Data.Search;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// The <c>scope</c> parameter of the search page and API: <c>paragraph</c> (the default: every word in
/// one paragraph) or <c>document</c> (every word somewhere in the same document and language).
/// </summary>
public static class SearchScopeNames
{
    public const string Paragraph = "paragraph";

    public const string Document = "document";

    public static string ToName(this SearchScope scope) => scope == SearchScope.Document ? Document : Paragraph;

    /// <summary>The scope a parameter names (none or blank: a paragraph); false when it names none.</summary>
    public static bool TryParse(string? value, out SearchScope scope)
    {
        scope = SearchScope.Paragraph;
        var name = value?.Trim();
        if (string.IsNullOrEmpty(name) || string.Equals(name, Paragraph, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(name, Document, StringComparison.OrdinalIgnoreCase))
        {
            scope = SearchScope.Document;
            return true;
        }

        return false;
    }
}
