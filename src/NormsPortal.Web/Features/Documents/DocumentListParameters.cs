using System.Globalization;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Documents;

/// <summary>
/// The query string of <c>GET /api/v1/documents</c>. Numbers arrive as text so that a malformed
/// value gets a ProblemDetails answer that names it, not the framework's bare 400.
/// </summary>
public sealed record DocumentListParameters(
    string? Kind,
    string? Track,
    string? Body,
    string? Session,
    string? YearFrom,
    string? YearTo,
    string? Language,
    string? HasText,
    string? Sort,
    string? Page,
    string? PageSize)
{
    /// <summary>The request these parameters describe, or what is wrong with them.</summary>
    public (DocumentListRequest? Request, string? Problem) Parse()
    {
        var problems = new List<string>();
        var (page, pageSize) = Paging.Parse(Page, PageSize, problems);
        var request = new DocumentListRequest
        {
            Kind = Blank(Kind),
            Track = Blank(Track),
            Body = Blank(Body),
            Session = SessionOf(Session, problems),
            YearFrom = Number(YearFrom, "yearFrom", problems),
            YearTo = Number(YearTo, "yearTo", problems),
            Language = Blank(Language)?.ToLowerInvariant(),
            HasText = Flag(HasText, "hasText", problems),
            Sort = Blank(Sort),
            Page = page,
            PageSize = pageSize,
        };

        var problem = problems.Count > 0 ? string.Join(" ", problems) : request.Validate();
        return problem is null ? (request, null) : (null, problem);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int? Number(string? value, string name, List<string> problems)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add($"{name} must be a whole number, not '{text}'.");
        return null;
    }

    private static SessionChoice? SessionOf(string? value, List<string> problems)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (SessionChoice.TryParse(text, out var session))
        {
            return session;
        }

        problems.Add(SessionChoice.UnknownMessage(text));
        return null;
    }

    private static bool? Flag(string? value, string name, List<string> problems)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        problems.Add($"{name} must be true or false, not '{text}'.");
        return null;
    }
}
