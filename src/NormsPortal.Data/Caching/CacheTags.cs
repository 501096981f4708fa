namespace NormsPortal.Data.Caching;

/// <summary>
/// The names under which the portal files its cached public answers (pages and GET API responses), so that a
/// change evicts exactly the answers that show what it changed, on every instance. The pages and endpoints tag
/// what they show with these; the writes (imports, fact edits, annotations, norm curation) evict by the same names.
/// </summary>
public static class CacheTags
{
    /// <summary>
    /// Answers that list, count or search works as a whole: the home page, the documents list, the timeline, search,
    /// the States' pages. Any work added, removed or changed evicts them.
    /// </summary>
    public const string Catalogue = "catalogue";

    /// <summary>Answers that list the norms (home, the norms list): any norm's label or themes evicts them.</summary>
    public const string Norms = "norms";

    /// <summary>
    /// Answers computed across the texts of all works from the reuse index: a norm's lineage, agreed language. Any
    /// paragraph added, changed or removed evicts them, since it may add or end a step anywhere.
    /// </summary>
    public const string Lineages = "lineages";

    private const string SessionsPrefix = "sessions:";

    /// <summary>
    /// Every answer that shows the work (by its symbol as stored, <c>Work.Symbol</c>): its page in each language, its
    /// API answers, and any page quoting its paragraphs (a norm's lineage, a comparison).
    /// </summary>
    public static string Work(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return "work:" + symbol;
    }

    /// <summary>The pages and API answers of one norm (its number, "1.6"): its label, themes, notes, links and lineage.</summary>
    public static string Norm(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return "norm:" + number;
    }

    /// <summary>
    /// Not an answer's tag: what an instance remembers of one user's session checks (the web project's
    /// <c>UserSessions</c>). A session ended or an account changed (a password, a lockout, a deletion) forgets them on
    /// every instance, so a sign-in that ended stops working everywhere as soon as the others hear of it.
    /// </summary>
    public static string Sessions(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return SessionsPrefix + userId;
    }

    /// <summary>The user whose session checks <paramref name="tag"/> names (<see cref="Sessions"/>), or null for an answer's tag.</summary>
    public static string? SessionsUser(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.StartsWith(SessionsPrefix, StringComparison.Ordinal) && tag.Length > SessionsPrefix.Length ? tag[SessionsPrefix.Length..] : null;
    }
}
