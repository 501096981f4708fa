using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace NormsPortal.Web.Features;

/// <summary>
/// The portal's one way from a user's Markdown (a bookmark's private note, later curators' notes) to HTML:
/// Markdig renders CommonMark with tables, task lists and autolinks, raw HTML in the source is shown as text,
/// and HtmlSanitizer then keeps only plain formatting and http(s)/mailto links, so nothing a user writes can
/// run script or restyle the page. Thread-safe: one instance serves everyone.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] s_allowedTags =
    [
        "p", "br", "hr", "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>The note as safe HTML; empty for an empty note.</summary>
    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
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
