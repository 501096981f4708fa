using System.Text.RegularExpressions;
using System.Xml.Linq;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Reads a statement's preamble, body and annexes into <see cref="Block"/>s in reading order.
/// It knows the shapes the UN's markup takes: numbered paragraphs with their items as
/// <c>list/point</c> or as sibling paragraphs, headings as <c>heading</c>, <c>subheading</c>
/// or heading-styled paragraphs (class <c>H1</c>, <c>H23</c>, <c>HCh</c> …), sections of an
/// omnibus resolution, tables, and annexes whose headings carry no markup at all.
/// </summary>
internal sealed partial class AknBodyReader(ParsedDocument document, InlineContentReader reader, IReadOnlyDictionary<XElement, string> annexPrefixes)
{
    private readonly List<Block> _blocks = [];
    private readonly HashSet<string> _sectionPrefixes = [.. annexPrefixes.Values];

    public IReadOnlyList<Block> Read(XElement statement)
    {
        foreach (var part in statement.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "preamble":
                    ReadPreamble(part, inAnnex: false);
                    break;
                case "mainBody":
                case "body":
                    ReadBody(part, inAnnex: false);
                    break;
                case "attachments":
                    foreach (var attachment in part.Children("attachment"))
                    {
                        ReadAttachment(attachment);
                    }

                    break;
                default:
                    break;
            }
        }

        return _blocks;
    }

    private void ReadAttachment(XElement attachment)
    {
        if (!annexPrefixes.TryGetValue(attachment, out var prefix))
        {
            return;
        }

        _blocks.Add(new Block(BlockRole.SectionStart, InlineText.Empty, attachment) { Section = prefix, InAnnex = true });
        var doc = attachment.Elements().FirstOrDefault() ?? attachment;
        foreach (var part in doc.Elements())
        {
            if (part.Is("preamble"))
            {
                ReadPreamble(part, inAnnex: true);
            }
            else if (part.Is("mainBody") || part.Is("body"))
            {
                ReadBody(part, inAnnex: true);
            }
        }
    }

    private void ReadPreamble(XElement preamble, bool inAnnex)
    {
        foreach (var child in preamble.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "formula":
                    // An annex restating a formula (an annexed resolution) would put it at the head of the main text.
                    if (!inAnnex)
                    {
                        document.AddEnactingFormula(reader.Read(child).Text);
                    }

                    break;
                case "p" when child.Elements().All(e => e.Is("decoration")) && child.Elements().Any():
                    // "* * *" ornaments between groups of paragraphs.
                    break;
                case "blockList" when _blocks.Count > 0 && _blocks[^1].Role == BlockRole.Preamble:
                    // A list printed under the preambular paragraph before it belongs to that paragraph.
                    var previous = _blocks[^1];
                    _blocks[^1] = previous with { Text = previous.Text.Append(reader.Read(child)) };
                    break;
                default:
                    AddIfText(BlockRole.Preamble, reader.Read(child), child, inAnnex);
                    break;
            }
        }
    }

    private void ReadBody(XElement body, bool inAnnex)
    {
        var sectionIndex = 0;
        foreach (var child in body.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "section":
                case "part":
                case "chapter":
                    ReadSection(child, ++sectionIndex, inAnnex);
                    break;
                default:
                    ReadBodyElement(child, inAnnex);
                    break;
            }
        }
    }

    /// <summary>A section of an omnibus resolution (I, II … or A, B …) with its own preamble and numbering.</summary>
    private void ReadSection(XElement section, int index, bool inAnnex)
    {
        // The section's number is a num, a p holding a num, or a first subheading that is only "II".
        var labelElement = section.Child("num") ?? section.Child("p")?.Child("num");
        var firstSubheading = section.Child("subheading");
        if (labelElement is null && firstSubheading is not null && IsShortLabel(firstSubheading.FlatText()))
        {
            labelElement = firstSubheading;
        }

        var label = labelElement?.FlatText();
        _blocks.Add(new Block(BlockRole.SectionStart, InlineText.Empty, section) { Section = SectionPrefix(label, index), InAnnex = inAnnex });
        var pendingNumber = label;
        foreach (var child in section.Elements())
        {
            if (child == labelElement || child == labelElement?.Parent)
            {
                continue;
            }

            if ((child.Is("subheading") || child.Is("heading")) && pendingNumber is not null)
            {
                // The section's number goes with its first heading: "I  Activities of the Office …".
                AddIfText(BlockRole.Heading, reader.Read(child), child, inAnnex, pendingNumber);
                pendingNumber = null;
                continue;
            }

            ReadBodyElement(child, inAnnex);
        }
    }

    private void ReadBodyElement(XElement element, bool inAnnex)
    {
        switch (element.Name.LocalName)
        {
            case "paragraph":
            case "subparagraph":
            case "point":
            case "article":
                ReadParagraph(element, inAnnex);
                break;
            case "crossHeading":
                // In the UN's omnibus resolutions a crossHeading holds a section's preambular paragraph.
                AddIfText(BlockRole.Preamble, reader.Read(element), element, inAnnex);
                break;
            case "heading":
            case "subheading":
                AddIfText(BlockRole.Heading, reader.Read(element), element, inAnnex);
                break;
            case "container" or "table" or "blockList":
                AddIfText(BlockRole.Other, reader.Read(element), element, inAnnex);
                break;
            case "num":
                break;
            default:
                AddTextBlock(element, reader.Read(element), null, inAnnex);
                break;
        }
    }

    private void ReadParagraph(XElement paragraph, bool inAnnex)
    {
        var number = paragraph.Child("num")?.Value ?? paragraph.Child("p")?.Child("num")?.Value;
        var heading = paragraph.Child("heading") ?? paragraph.Child("subheading");
        var cssClass = paragraph.Attr("class") ?? "";
        if (cssClass == "FootnoteText")
        {
            AddIfText(BlockRole.Other, ReadContent(paragraph), paragraph, inAnnex);
            return;
        }

        if (heading is not null)
        {
            AddIfText(BlockRole.Heading, reader.Read(heading), heading, inAnnex, number);
            var rest = reader.Read(paragraph.Elements().Where(e => !e.Is("num") && !e.Is("heading") && !e.Is("subheading")));
            AddIfText(BlockRole.Paragraph, rest, paragraph, inAnnex);
            return;
        }

        var list = paragraph.Child("list");
        if (list is not null)
        {
            var intro = reader.Read(paragraph.Elements().Where(e => e.Is("content")).Concat(list.Children("intro")));
            _blocks.Add(new Block(BlockRole.Paragraph, number is null ? intro : WithoutSeparator(intro), paragraph) { Number = number, InAnnex = inAnnex });
            ReadListItems(list, inAnnex);
            return;
        }

        var content = ReadContent(paragraph);
        var decimalNumber = number is not null && PrintedLabel.Parse(number)?.Has(LabelStyle.Decimal) == true;
        if (HeadingClass().IsMatch(cssClass) && !decimalNumber)
        {
            AddIfText(BlockRole.Heading, content, paragraph, inAnnex, number);
            return;
        }

        AddTextBlock(paragraph, content, number, inAnnex);
    }

    private void ReadListItems(XElement list, bool inAnnex)
    {
        foreach (var item in list.Elements())
        {
            if (item.Is("point") || item.Is("item"))
            {
                var number = item.Child("num")?.Value;
                var text = ReadContent(item, except: "list");
                _blocks.Add(new Block(BlockRole.Paragraph, number is null ? text : WithoutSeparator(text), item) { Number = number, InAnnex = inAnnex });
                if (item.Child("list") is { } nested)
                {
                    ReadListItems(nested, inAnnex);
                }
            }
            else if (item.Is("sublist") || item.Is("list"))
            {
                ReadListItems(item, inAnnex);
            }
            else if (item.Is("wrapUp") || item.Is("listWrapUp"))
            {
                AddIfText(BlockRole.Other, reader.Read(item), item, inAnnex);
            }
        }
    }

    /// <summary>A paragraph's text: everything but its number (and, for points, their nested lists).</summary>
    private InlineText ReadContent(XElement element, string? except = null) => reader.Read(ContentNodes(element, except));

    private static IEnumerable<XNode> ContentNodes(XElement element, string? except)
    {
        foreach (var node in element.Nodes())
        {
            if (node is not XElement child)
            {
                yield return node;
            }
            else if (child.Is("num") || (except is not null && child.Is(except)))
            {
                continue;
            }
            else if (child.Is("p") && child.Child("num") is not null)
            {
                // <p><num>XIII</num> …</p>: the number was taken from the p.
                foreach (var inner in child.Nodes().Where(n => n is not XElement { Name.LocalName: "num" }))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    /// <summary>An unmarked paragraph; in an annex a short line without closing punctuation is a heading.</summary>
    private void AddTextBlock(XElement element, InlineText text, string? number, bool inAnnex)
    {
        text = number is null ? text : WithoutSeparator(text);
        if (text.IsEmpty && number is null)
        {
            return;
        }

        var guessed = inAnnex && number is null && LooksLikeHeading(text);
        _blocks.Add(new Block(guessed ? BlockRole.Heading : BlockRole.Paragraph, text, element) { Number = number, InAnnex = inAnnex, HeadingGuessed = guessed });
    }

    private void AddIfText(BlockRole role, InlineText text, XElement source, bool inAnnex, string? number = null)
    {
        text = number is null ? text : WithoutSeparator(text);
        if (!text.IsEmpty || number is not null)
        {
            _blocks.Add(new Block(role, text, source) { Number = number, InAnnex = inAnnex });
        }
    }

    /// <summary>"&lt;num&gt;1.1&lt;/num&gt; . Raise awareness": the full stop after the number fell into the text.</summary>
    private static InlineText WithoutSeparator(InlineText text) =>
        text.Text.Length > 1 && text.Text[0] == '.' && char.IsWhiteSpace(text.Text[1]) ? text.DropPrefix(1) : text;

    private static bool LooksLikeHeading(InlineText text)
    {
        if (text.Text.Length is 0 or > 150 || text.Text.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        if (ArticleHeading.TryRead(text.Text, out _))
        {
            return true;
        }

        // Arabic lines may end with a right-to-left mark after the punctuation.
        return PrintedLabel.FindAtStart(text.Text, text.FirstTabGap) is null && !ClosingPunctuation().IsMatch(text.Text.TrimEnd('\u200E', '\u200F'));
    }

    private string SectionPrefix(string? label, int index)
    {
        var prefix = label is null ? "" : ProvisionAnchor.NormaliseLabel(label).Replace(".", "", StringComparison.Ordinal);
        if (prefix.Length is 0 or > 8)
        {
            prefix = "s" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var unique = prefix;
        for (var copy = 2; !_sectionPrefixes.Add(unique); copy++)
        {
            unique = prefix + "s" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (unique != prefix)
        {
            document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.DuplicateAnchor,
                $"Two sections are numbered {label}; the second one's anchors start with {unique}-.", document.SourceName));
        }

        return unique;
    }

    private static bool IsShortLabel(string text) => text.Length is > 0 and <= 6 && PrintedLabel.Parse(text) is not null;

    // The UN's heading styles: H1, H23, H4, HCh, HM … (SingleTxt and MercuryDocument are body text).
    [GeneratedRegex(@"^H[0-9A-Z][0-9a-zA-Z]{0,4}$")]
    private static partial Regex HeadingClass();

    [GeneratedRegex(@"[.,;:!?…。，；：！？،؛”»""')\]]$")]
    private static partial Regex ClosingPunctuation();
}
