using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// What the document page shows for one address: the work with its text in <c>Document.Text</c>,
/// the text of the second language of a side-by-side view (<c>Companion</c>), and notices about
/// language choices the page could not honour. Kept across prerendering (it is what the first
/// response showed) under <c>Key</c>, the address it was loaded for.
/// </summary>
public sealed record DocumentView(string Key, DocumentDto Document, DocumentTextDto? Companion, IReadOnlyList<string> Notices)
{
    /// <summary>The language of the text shown, or null when the portal holds no text of the work.</summary>
    public string? Language => Document.Text?.Language;
}
