using System.Xml.Linq;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Turns AKN mixed content (<c>p</c>, <c>span</c>, <c>a</c>, <c>authorialNote</c>, <c>sup</c> …)
/// into an <see cref="InlineText"/>: footnotes become markers at their place, links to UN
/// documents become link spans, block elements become line breaks, the rest is read through.
/// </summary>
internal sealed class InlineContentReader(FootnoteIndex footnotes)
{
    /// <summary>The text of an element's content.</summary>
    public InlineText Read(XElement element) => Read(element.Nodes());

    /// <summary>The text of a run of nodes, e.g. a paragraph's children but its <c>num</c>.</summary>
    public InlineText Read(IEnumerable<XNode> nodes)
    {
        var builder = new InlineTextBuilder();
        foreach (var node in nodes)
        {
            Walk(node, builder);
        }

        return builder.Build();
    }

    /// <summary>Whether an address points at a UN document: the document system, or an Akoma Ntoso IRI.</summary>
    public static bool IsDocumentLink(string href)
    {
        if (href.StartsWith("/akn/", StringComparison.Ordinal))
        {
            return true;
        }

        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        return uri.Host.ToUpperInvariant() switch
        {
            "UNDOCS.ORG" or "WWW.UNDOCS.ORG" or "DOCS.UN.ORG" or "DOCUMENTS.UN.ORG" or "DOCUMENTS-DDS-NY.UN.ORG" or "DACCESS-ODS.UN.ORG" => true,
            _ => false,
        };
    }

    private void Walk(XNode node, InlineTextBuilder builder)
    {
        if (node is XText text)
        {
            builder.AppendText(text.Value);
            return;
        }

        if (node is not XElement element)
        {
            return;
        }

        switch (element.Name.LocalName)
        {
            case "authorialNote":
                var anchor = footnotes.AnchorOf(element);
                if (anchor is not null)
                {
                    builder.Mark(anchor);
                }

                break;
            case "sup":
                ReadSuperscript(element, builder);
                break;
            case "a":
            case "ref":
                ReadLink(element, builder);
                break;
            case "eol":
            case "eop":
            case "br":
                builder.LineBreak();
                break;
            case "img":
            case "decoration":
            case "meta":
                break;
            case "tr":
                ReadRow(element, builder);
                break;
            case "p":
            case "item":
            case "point":
            case "intro":
            case "listIntroduction":
            case "listWrapUp":
            case "blockList":
            case "list":
            case "table":
            case "content":
            case "heading":
            case "subheading":
                builder.LineBreak();
                WalkChildren(element, builder);
                builder.LineBreak();
                break;
            default:
                WalkChildren(element, builder);
                break;
        }
    }

    private void WalkChildren(XElement element, InlineTextBuilder builder)
    {
        foreach (var child in element.Nodes())
        {
            Walk(child, builder);
        }
    }

    /// <summary>
    /// A superscript is a second marker of a footnote already printed (<c>2013&lt;sup&gt;2&lt;/sup&gt;</c>),
    /// the brackets Arabic prints around a marker, or plain text such as the French "1&lt;sup&gt;er&lt;/sup&gt;".
    /// </summary>
    private void ReadSuperscript(XElement sup, InlineTextBuilder builder)
    {
        var value = sup.Value.Trim();
        if (value is "(" or ")" or "()" && NextToNote(sup))
        {
            return;
        }

        var number = value.Trim('(', ')', ' ');
        if (number.Length > 0 && number.All(char.IsAsciiDigit))
        {
            var anchor = footnotes.AnchorOfMarker(number, sup);
            if (anchor is not null)
            {
                builder.Mark(anchor);
                return;
            }
        }

        WalkChildren(sup, builder);
    }

    private void ReadLink(XElement link, InlineTextBuilder builder)
    {
        var href = link.Attr("href");
        if (href is null || builder.InLink || !IsDocumentLink(href))
        {
            WalkChildren(link, builder);
            return;
        }

        builder.BeginLink(href);
        WalkChildren(link, builder);
        builder.EndLink();
    }

    private void ReadRow(XElement row, InlineTextBuilder builder)
    {
        builder.LineBreak();
        var first = true;
        foreach (var cell in row.Elements())
        {
            if (!first)
            {
                builder.AppendText(" | ");
            }

            first = false;
            foreach (var child in cell.Nodes())
            {
                // Paragraphs inside a cell stay on the row's line.
                if (child is XElement { Name.LocalName: "p" } paragraph)
                {
                    builder.AppendText(" ");
                    WalkChildren(paragraph, builder);
                }
                else
                {
                    Walk(child, builder);
                }
            }
        }

        builder.LineBreak();
    }

    private static bool NextToNote(XElement sup)
    {
        return IsNote(Sibling(sup.NextNode, forward: true)) || IsNote(Sibling(sup.PreviousNode, forward: false));

        static XNode? Sibling(XNode? node, bool forward)
        {
            while (node is XText text && string.IsNullOrWhiteSpace(text.Value))
            {
                node = forward ? node.NextNode : node.PreviousNode;
            }

            return node;
        }

        static bool IsNote(XNode? node) => node is XElement { Name.LocalName: "authorialNote" };
    }
}
