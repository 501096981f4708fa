using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// Loads a <see cref="DocumentView"/> from the address's symbol and its <c>lang</c> and <c>with</c>
/// choices. A language the work is not held in falls back to English (or the first language held)
/// with a notice instead of an error: the reader still gets the document.
/// </summary>
public static class DocumentViewLoader
{
    public static async Task<DocumentView?> LoadAsync(
        DocumentQuery query, string key, string symbol, string? lang, string? with, CancellationToken cancellationToken)
    {
        var notices = new List<string>();
        var requested = Clean(lang);
        if (requested is not null && !Languages.IsOfficial(requested))
        {
            // The API's words for the same value, then what the page does instead of refusing.
            notices.Add(Languages.UnknownMessage(lang) + " The text is shown in another language.");
            requested = null;
        }

        var document = await query.FindAsync(symbol, requested ?? Languages.English, cancellationToken);
        if (document is null)
        {
            return null;
        }

        if (document.Text is null && document.Languages.Count > 0)
        {
            var fallback = document.Languages.Contains(Languages.English) ? Languages.English : document.Languages[0];
            if (requested is not null)
            {
                notices.Add($"The portal does not hold this document in {Languages.EnglishName(requested)}; it is shown in {Languages.EnglishName(fallback)}.");
            }

            document = document with { Text = await query.FindTextAsync(document.Symbol, fallback, cancellationToken) };
        }

        DocumentTextDto? companion = null;
        var second = Clean(with);
        if (second is not null && document.Text is not null)
        {
            if (!Languages.IsOfficial(second))
            {
                notices.Add(Languages.UnknownMessage(with) + " No second text is shown beside this one.");
            }
            else if (!document.Languages.Contains(second))
            {
                notices.Add($"The portal does not hold this document in {Languages.EnglishName(second)}, so it cannot be shown side by side.");
            }
            else if (second != document.Text.Language)
            {
                companion = await query.FindTextAsync(document.Symbol, second, cancellationToken);
            }
        }

        return new DocumentView(key, document, companion, notices);
    }

    private static string? Clean(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
}
