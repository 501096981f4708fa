using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// A provision's words with its cross-references as links (inside the portal when the target is held, to the
/// paragraph when pinpointed, the official copy otherwise) and its footnote marks as links to the footnotes.
/// Written into the paragraph's own render tree rather than as a component of its own: a long text has
/// hundreds of paragraphs, and every component costs each reader's circuit two render-tree buffers and its state.
/// The builder HTML-encodes every text and attribute it is given.
/// </summary>
public static class ProvisionInline
{
    /// <summary>The words of <paramref name="provision"/>; <paramref name="footnoteLink"/> builds a footnote's address on this page.</summary>
    public static RenderFragment Words(ProvisionDto provision, Func<string, string> footnoteLink, string language)
    {
        ArgumentNullException.ThrowIfNull(provision);
        ArgumentNullException.ThrowIfNull(footnoteLink);
        return builder => Write(builder, provision, footnoteLink, language);
    }

    /// <summary>The id of a footnote mark, the target of the footnote's link back; the language keeps it unique when two share the page.</summary>
    public static string MarkId(string language, string provisionAnchor, string footnote) =>
        $"fnref-{language}-{provisionAnchor}-{footnote}";

    private static void Write(RenderTreeBuilder builder, ProvisionDto provision, Func<string, string> footnoteLink, string language)
    {
        foreach (var segment in TextSegments.Split(provision.Text, provision.FootnoteMarks, provision.References))
        {
            if (segment.Reference is { } reference)
            {
                builder.OpenElement(0, "a");
                builder.AddAttribute(1, "class", reference.Held ? "np-xref np-xref--held" : "np-xref np-xref--official");
                builder.AddAttribute(2, "href", reference.Url);
                builder.AddAttribute(3, "data-target", reference.TargetSymbol);
                builder.AddContent(4, segment.Text);
                if (!reference.Held)
                {
                    builder.OpenElement(5, "span");
                    builder.AddAttribute(6, "class", "np-visually-hidden");
                    builder.AddAttribute(7, "lang", "en");
                    builder.AddContent(8, " (official copy)");
                    builder.CloseElement();
                }

                builder.CloseElement();
            }
            else if (segment.Footnote is { } footnote)
            {
                builder.OpenElement(10, "sup");
                builder.AddAttribute(11, "class", "np-fnref");
                builder.OpenElement(12, "a");
                builder.AddAttribute(13, "id", MarkId(language, provision.Anchor, footnote));
                builder.AddAttribute(14, "href", footnoteLink(footnote));
                builder.AddAttribute(15, "aria-label", $"Footnote {segment.Text}");
                builder.AddContent(16, segment.Text);
                builder.CloseElement();
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(20, segment.Text);
            }
        }
    }
}
