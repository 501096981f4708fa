using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>The columns of <see cref="Work"/> an import sets, from the document and from the work's facts.</summary>
internal static class WorkColumns
{
    /// <summary>A work the portal did not know, with what its symbol alone tells.</summary>
    public static Work New(string symbol, WorkKind kind) => new()
    {
        Symbol = symbol,
        Kind = kind,
        OfficialUrl = UnSymbol.OfficialUrl(symbol).AbsoluteUri,
    };

    /// <summary>Sets what the document says of the work itself; title, date and session follow the facts instead.</summary>
    public static void ApplyDocument(Work work, ParsedDocument document, DocumentAuthority authority)
    {
        // The kind and the AKN IRI do not depend on the language.
        work.Kind = document.Kind;
        if (!string.IsNullOrWhiteSpace(document.AknWorkIri))
        {
            work.AknWorkIri = document.AknWorkIri;
        }

        // The body and the committee are names in the document's language.
        if (!string.IsNullOrWhiteSpace(document.Body) && authority.MaySetShared(work.Body is not null))
        {
            work.Body = document.Body;
        }

        if (!string.IsNullOrWhiteSpace(document.Committee) && authority.MaySetShared(work.Committee is not null))
        {
            work.Committee = document.Committee;
        }

        work.OfficialUrl ??= UnSymbol.OfficialUrl(work.Symbol).AbsoluteUri;
    }

    /// <summary>
    /// Copies the current title, date and session facts (whoever stored them) into the work's
    /// columns, so that lists show what the facts say. A work without an English title shows
    /// another language's (<c>title.fr</c> …) until one comes.
    /// </summary>
    public static void FollowFacts(Work work)
    {
        var title = Value(work, FactKeys.Title)
            ?? work.Facts.Where(f => IsLanguageTitle(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).FirstOrDefault();
        if (title is not null)
        {
            work.Title = title;
        }

        if (Value(work, FactKeys.Date) is { } date && ImportedFacts.ParseDate(date) is { } parsedDate)
        {
            work.Date = parsedDate;
        }

        if (Value(work, FactKeys.Session) is { } session && ImportedFacts.ParseSession(session) is { } parsedSession)
        {
            work.Session = parsedSession;
        }
    }

    private static string? Value(Work work, string key) => work.Facts.FirstOrDefault(f => f.Key == key)?.Value;

    // title.fr, title.zh: a two-letter language code after the key.
    private static bool IsLanguageTitle(string key) =>
        key.Length == FactKeys.Title.Length + 3 && key.StartsWith(FactKeys.Title + ".", StringComparison.Ordinal);
}
