using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.TestSupport.Import;

/// <summary>
/// Writes a parsed UN draft as the UN's Word file of it: the heading as paragraphs (committee,
/// agenda item, agenda title, sponsors with the kind of document, title), the enacting formula,
/// then one Word paragraph per provision, its printed number and a tab before its text, with real
/// footnotes (superscript references where the marks stand, the notes in the footnotes part).
/// </summary>
public static class UnWordLayout
{
    public static byte[] Build(ParsedDocument document, Action<MainDocumentPart>? change = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in Heading(document))
            {
                body.Append(new Paragraph(TextRun(line)));
            }

            foreach (var provision in document.Provisions.SelectMany(p => p.SelfAndDescendants()))
            {
                body.Append(ProvisionParagraph(provision));
            }

            main.Document = new Document(body);
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            foreach (var footnote in document.Footnotes)
            {
                footnotes.Footnotes.Append(new Footnote(new Paragraph(Superscript(new FootnoteReferenceMark()), TextRun(" " + footnote.Text))) { Id = FootnoteId(footnote.Anchor) });
            }

            change?.Invoke(main);
        }

        return stream.ToArray();
    }

    private static IEnumerable<string> Heading(ParsedDocument document)
    {
        yield return document.Committee!;
        yield return "Agenda item " + document.AgendaItem;
        yield return document.Title!;
        var sponsors = document.Sponsors;
        yield return $"{string.Join(", ", sponsors.SkipLast(1))} and {sponsors[^1]}: {document.DocumentLabel}";
        yield return document.Title!;
    }

    private static Paragraph ProvisionParagraph(ParsedProvision provision)
    {
        var paragraph = new Paragraph();
        if (provision.Kind != ProvisionKind.Formula && provision.Number.Length > 0)
        {
            paragraph.Append(TextRun(provision.Number.StartsWith('(') ? provision.Number : provision.Number + "."), new Run(new TabChar()));
        }

        var position = 0;
        foreach (var mark in provision.FootnoteMarks)
        {
            paragraph.Append(TextRun(provision.Text[position..mark.Offset]), Superscript(new FootnoteReference { Id = FootnoteId(mark.FootnoteAnchor) }));
            position = mark.Offset;
        }

        paragraph.Append(TextRun(provision.Text[position..]));
        return paragraph;
    }

    private static int FootnoteId(string anchor) => int.Parse(anchor.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Run Superscript(OpenXmlElement content) =>
        new(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), content);
}
