using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;
using NormsPortal.Data.References;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Keeps curators' annotations honest across a re-import, inside the import's transaction. Before the text is
/// replaced, <see cref="CaptureAsync"/> reads the annotations on its paragraphs and passages and, for a paragraph,
/// the words it holds now: they are its quote, so a paragraph that moved is found at its new anchor and one that
/// was reworded or deleted is not taken for whatever now stands at its old anchor. After the new text is written,
/// <see cref="FollowAsync"/> asks the one <see cref="TextReferenceResolver"/> where each stands: one still there
/// stays (an orphan found again is attached again), one that moved takes its new anchor, and one that is missing
/// is orphaned with its last anchor and quote. None is deleted. Norm and work annotations do not depend on the text.
/// </summary>
internal sealed class AnnotationFollower
{
    private readonly List<(Annotation Annotation, QuotedReference Reference)> _followed;

    private AnnotationFollower(List<(Annotation, QuotedReference)> followed) => _followed = followed;

    /// <summary>Tracks the annotations on paragraphs and passages of <paramref name="symbols"/>, as the text in <paramref name="language"/> is about to be replaced.</summary>
    public static async Task<AnnotationFollower> CaptureAsync(
        PortalDbContext db, IReadOnlyCollection<string> symbols, string language, CancellationToken cancellationToken)
    {
        var annotations = await db.Annotations
            .Where(a => a.Symbol != null && symbols.Contains(a.Symbol) && (a.Kind == BookmarkKind.Paragraph || a.Kind == BookmarkKind.Passage))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        if (annotations.Count == 0)
        {
            return new AnnotationFollower([]);
        }

        var paragraphAnchors = annotations.Where(IsAttachedParagraph).Select(a => a.Anchor!).Distinct(StringComparer.Ordinal).ToList();
        var paragraphTexts = paragraphAnchors.Count == 0
            ? []
            : (await db.Provisions.AsNoTracking()
                    .Where(p => symbols.Contains(p.Expression.Work.Symbol) && p.Expression.Language == language && paragraphAnchors.Contains(p.Anchor))
                    .Select(p => new { p.Expression.Work.Symbol, p.Anchor, p.Text })
                    .ToListAsync(cancellationToken))
                .ToDictionary(p => (p.Symbol, p.Anchor), p => TextReferenceResolver.Normalise(p.Text));
        return new AnnotationFollower([.. annotations.Select(a => (a, ReferenceOf(a, paragraphTexts)))]);
    }

    /// <summary>Moves or orphans the captured annotations for the text now written; a message for each that changed.</summary>
    public async Task<IReadOnlyList<ImportMessage>> FollowAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        if (_followed.Count == 0)
        {
            return [];
        }

        var resolutions = await TextReferenceResolver.ResolveAsync(db, [.. _followed.Select(f => f.Reference)], cancellationToken);
        var messages = new List<ImportMessage>();
        for (var i = 0; i < _followed.Count; i++)
        {
            var ((annotation, reference), resolution) = (_followed[i], resolutions[i]);
            var label = AnchorLabel.Reference(annotation.Symbol!, annotation.Anchor!);
            if (resolution.IsMissing)
            {
                if (annotation.OrphanedAt is null)
                {
                    annotation.OrphanedAt = now;
                    annotation.Quote = KeptQuote(reference.Reference.Quote);
                    messages.Add(Message(ImportSeverity.Warning, ImportCodes.AnnotationOrphaned, annotation,
                        $"Annotation {Id(annotation)} on {label} is orphaned: {(annotation.Kind == BookmarkKind.Passage ? "its passage" : "its paragraph")} is no longer in the text."));
                }

                continue;
            }

            var wasOrphaned = annotation.OrphanedAt is not null;
            if (resolution.Anchor is { } anchor && anchor != annotation.Anchor)
            {
                messages.Add(Message(ImportSeverity.Warning, ImportCodes.AnnotationMoved, annotation,
                    $"Annotation {Id(annotation)} moved with its text from {label} to {AnchorLabel.Reference(annotation.Symbol!, anchor)}."));
                annotation.Anchor = anchor;
            }
            else if (wasOrphaned)
            {
                messages.Add(Message(ImportSeverity.Warning, ImportCodes.AnnotationMoved, annotation,
                    $"Annotation {Id(annotation)} on {label} is attached again: its text is back."));
            }

            if (wasOrphaned)
            {
                annotation.OrphanedAt = null;
                if (annotation.Kind == BookmarkKind.Paragraph)
                {
                    annotation.Quote = null;
                }
            }
        }

        if (messages.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return messages;
    }

    /// <summary>
    /// What the resolver looks for: a passage's quote in its context; a paragraph's words as the text held them
    /// (an orphaned paragraph's kept words), or only its anchor when the text held none in this language.
    /// </summary>
    private static QuotedReference ReferenceOf(Annotation annotation, Dictionary<(string Symbol, string Anchor), string> paragraphTexts)
    {
        var quote = annotation.Kind == BookmarkKind.Passage || annotation.OrphanedAt is not null
            ? annotation.Quote ?? ""
            : paragraphTexts.GetValueOrDefault((annotation.Symbol!, annotation.Anchor!), "");
        return new QuotedReference(new TextReference { Symbol = annotation.Symbol!, Anchor = annotation.Anchor!, Quote = quote }, annotation.Prefix ?? "", annotation.Suffix ?? "");
    }

    private static bool IsAttachedParagraph(Annotation annotation) => annotation.Kind == BookmarkKind.Paragraph && annotation.OrphanedAt is null;

    /// <summary>A paragraph's words, up to what the quote column holds (a passage's quote is within it already).</summary>
    private static string KeptQuote(string quote) =>
        quote.Length <= BookmarkTarget.MaxQuoteLength ? quote : quote[..BookmarkTarget.MaxQuoteLength].TrimEnd();

    private static string Id(Annotation annotation) => annotation.Id.ToString(CultureInfo.InvariantCulture);

    private static ImportMessage Message(ImportSeverity severity, string code, Annotation annotation, string text) =>
        new(severity, code, text, "annotation " + Id(annotation));
}
