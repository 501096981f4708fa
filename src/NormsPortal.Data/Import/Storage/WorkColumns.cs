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

    /// <summary>
    /// Sets what the document says of the work itself; title, date and session follow the facts
    /// instead, and so do the body and the committee where the work has a fact for them
    /// (<see cref="Work.CopyFactsToColumns"/>, which the writer calls after this).
    /// </summary>
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
}
