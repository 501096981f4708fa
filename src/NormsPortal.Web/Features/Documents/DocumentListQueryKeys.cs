using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Documents;

/// <summary>
/// The query string names of a document list, shared by <c>GET /api/v1/documents</c> and the
/// <c>/documents</c> page so that a list's address reads the same in both.
/// </summary>
public static class DocumentListQueryKeys
{
    public const string Kind = "kind";
    public const string Track = "track";
    public const string Body = "body";
    public const string Session = "session";
    public const string YearFrom = "yearFrom";
    public const string YearTo = "yearTo";
    public const string Language = "language";
    public const string HasText = "hasText";
    public const string Sort = "sort";
    public const string Page = Paging.PageKey;
    public const string PageSize = Paging.PageSizeKey;
}
