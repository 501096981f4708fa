using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NormsPortal.Data.Anchors;

namespace NormsPortal.Web.Features;

/// <summary>
/// Makes a paragraph named in the text of a note (<c>A/RES/73/27#op1.9</c>, <c>A/70/174#op13</c>) a link to its
/// permalink on the portal (<see cref="DocumentUrls"/>). Works on Markdig's syntax tree, so words in code, in a
/// link's text or in a link already are left alone; the anchor must be one the anchor grammar reads.
/// </summary>
internal static partial class PortalReferenceLinks
{
    public static void Link(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (!InsideLink(literal))
            {
                LinkIn(literal);
            }
        }
    }

    private static void LinkIn(LiteralInline literal)
    {
        var text = literal.Content.ToString();
        var references = Reference().Matches(text).Where(m => ParsedAnchor.TryParse(m.Groups["anchor"].Value, out _)).ToList();
        if (references.Count == 0)
        {
            return;
        }

        Inline last = literal;
        var at = 0;
        foreach (var reference in references)
        {
            last = InsertAfter(last, new LiteralInline(text[at..reference.Index]));
            var link = new LinkInline(DocumentUrls.For(reference.Groups["symbol"].Value, reference.Groups["anchor"].Value), "");
            link.AppendChild(new LiteralInline(reference.Value));
            last = InsertAfter(last, link);
            at = reference.Index + reference.Length;
        }

        InsertAfter(last, new LiteralInline(text[at..]));
        literal.Remove();
    }

    private static Inline InsertAfter(Inline previous, Inline next)
    {
        previous.InsertAfter(next);
        return next;
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A UN symbol (a letter series, then slash-separated parts) directly followed by <c>#</c> and an anchor.</summary>
    [GeneratedRegex(@"(?<![\w/.])(?<symbol>[A-Z]{1,4}(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+)#(?<anchor>[a-z][a-z0-9.\-]*[a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
