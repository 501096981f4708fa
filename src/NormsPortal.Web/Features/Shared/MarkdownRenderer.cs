using Ganss.Xss;
using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Microsoft.AspNetCore.Components;
using NormsPortal.Data.Notes;

namespace NormsPortal.Web.Features;

/// <summary>
/// The portal's one way from a user's Markdown (a bookmark's private note, a curator's annotation) to HTML:
/// Markdig renders CommonMark with tables, task lists and autolinks, raw HTML in the source is shown as text (<see cref="NoteMarkdown"/>),
/// a paragraph named as <c>A/RES/73/27#op1.9</c> becomes a link to its permalink (<see cref="PortalReferenceLinks"/>),
/// and HtmlSanitizer then keeps only plain formatting and http(s)/mailto and the portal's own links, so nothing a
/// user writes can run script or restyle the page. Thread-safe: one instance serves everyone.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] s_allowedTags =
    [
        "p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    private readonly MarkdownPipeline _pipeline = NoteMarkdown.Pipeline;

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>The note as safe HTML; empty for an empty note.</summary>
    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(markdown, _pipeline);
        PortalReferenceLinks.Link(document);
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(html);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return _sanitizer.Sanitize(html.ToString());
    }

    /// <summary>The note as markup a component can render.</summary>
    public MarkupString ToMarkup(string? markdown) => new(ToHtml(markdown));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(s_allowedTags);
        sanitizer.AllowedAttributes.Clear();
        // Links and the task list's checkboxes; nothing that styles or scripts.
        sanitizer.AllowedAttributes.UnionWith(["href", "title", "type", "checked", "disabled"]);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        // A link in a note leaves the portal without handing it the reader's page.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
