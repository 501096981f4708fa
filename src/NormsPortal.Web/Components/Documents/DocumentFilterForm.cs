using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// The document list's filter form as the reader edits it: text values, as in the query string, so
/// that what the reader typed survives until it is applied (and a bad value can be shown back).
/// </summary>
public sealed class DocumentFilterForm
{
    public string? Kind { get; set; }

    public string? Track { get; set; }

    public string? Body { get; set; }

    public string? Session { get; set; }

    public string? YearFrom { get; set; }

    public string? YearTo { get; set; }

    public string? Language { get; set; }

    public string? HasText { get; set; }

    public string? Sort { get; set; }

    public static DocumentFilterForm From(DocumentListParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new DocumentFilterForm
        {
            Kind = parameters.Kind,
            Track = parameters.Track,
            Body = parameters.Body,
            Session = parameters.Session,
            YearFrom = parameters.YearFrom,
            YearTo = parameters.YearTo,
            Language = parameters.Language,
            HasText = parameters.HasText,
            Sort = parameters.Sort,
        };
    }

    /// <summary>
    /// The query string values for these filters, starting again at the first page. Blank values
    /// are null, which removes them from the address instead of leaving <c>kind=</c> behind.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        [DocumentListQueryKeys.Kind] = Blank(Kind),
        [DocumentListQueryKeys.Track] = Blank(Track),
        [DocumentListQueryKeys.Body] = Blank(Body),
        [DocumentListQueryKeys.Session] = Blank(Session),
        [DocumentListQueryKeys.YearFrom] = Blank(YearFrom),
        [DocumentListQueryKeys.YearTo] = Blank(YearTo),
        [DocumentListQueryKeys.Language] = Blank(Language),
        [DocumentListQueryKeys.HasText] = Blank(HasText),
        [DocumentListQueryKeys.Sort] = Blank(Sort),
        [DocumentListQueryKeys.Page] = null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
