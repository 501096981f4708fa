namespace NormsPortal.Web.Features.Audit;

/// <summary>How an audit entry names its target: <c>kind/id</c>, so the log can be filtered by a kind or by one target.</summary>
public static class AuditTargets
{
    public const string Separator = "/";

    public static string Of(string kind, string id) => kind + Separator + id;

    public static string User(string userId) => Of("user", userId);
}
