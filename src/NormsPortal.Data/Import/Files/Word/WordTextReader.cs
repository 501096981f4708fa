using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.UnText;

namespace NormsPortal.Data.Import.Files.Word;

/// <summary>
/// Turns a Word document (.docx) into the text <see cref="UnTextParser"/> reads, as if extracted
/// from the document's PDF: each heading paragraph (up to the enacting formula) a block of its
/// own, set apart by a blank line; each paragraph after it one indented line; a footnote reference
/// as its number right after the text it follows ("Secretary-General,1"), numbered in the order
/// the text cites them; the footnotes after a separator line at the end. Tabs and line breaks are
/// spaces. The file is checked first (<see cref="WordPackageCheck"/>); one that refers to anything
/// outside itself (a template, image or object by address; hyperlinks are fine) is refused.
/// </summary>
internal static class WordTextReader
{
    public const string SourceFormat = "docx";

    // What PageLayout takes for the line over the footnotes.
    private const string FootnoteSeparator = "__________________";

    public static string? Read(byte[] content, string sourceName, ImportFileLimits limits, out ImportMessage? refusal)
    {
        try
        {
            refusal = WordPackageCheck.Refusal(content, sourceName, limits);
            if (refusal is not null)
            {
                return null;
            }

            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxWordExpandedBytes };
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false, settings);
            refusal = Unsafe(document, sourceName);
            if (refusal is not null)
            {
                return null;
            }

            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                refusal = Corrupt(sourceName, "it has no document body");
                return null;
            }

            return Write(body, document.MainDocumentPart!.FootnotesPart);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged zip, a part that is not XML, a bad relationship address: the file is damaged.
            refusal = Corrupt(sourceName, exception.Message);
            return null;
        }
    }

    private static ImportMessage? Unsafe(WordprocessingDocument document, string sourceName)
    {
        if (document.DocumentType is var type && (type == WordprocessingDocumentType.MacroEnabledDocument || type == WordprocessingDocumentType.MacroEnabledTemplate)
            || document.MainDocumentPart?.VbaProjectPart is not null)
        {
            return WordPackageCheck.Macros(sourceName);
        }

        var external = document.ExternalRelationships
            .Concat(document.GetAllParts().SelectMany(part => part.ExternalRelationships))
            .FirstOrDefault();
        return external is null
            ? null
            : WordPackageCheck.Refuse(ImportFileCodes.WordExternalRelationship,
                $"{sourceName} refers to something outside itself ({external.RelationshipType} at {external.Uri}); the portal reads only self-contained Word files.", sourceName);
    }

    private static string Write(Body body, FootnotesPart? footnotesPart)
    {
        var numbers = new Dictionary<long, int>();
        var text = new StringBuilder();
        var inHeading = true;
        foreach (var paragraph in TopLevelParagraphs(body))
        {
            var line = ParagraphText(paragraph, numbers);
            if (line.Length == 0)
            {
                continue;
            }

            if (inHeading && UnTextParser.IsEnactingFormula(line))
            {
                inHeading = false;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
                if (inHeading)
                {
                    text.Append('\n');
                }
            }

            text.Append(inHeading ? "" : " ").Append(line);
        }

        var footnotes = footnotesPart?.Footnotes?.Elements<Footnote>()
            .Where(footnote => footnote.Id?.Value is long id && numbers.ContainsKey(id))
            .OrderBy(footnote => numbers[footnote.Id!.Value])
            .ToList() ?? [];
        if (footnotes.Count > 0)
        {
            text.Append('\n').Append(FootnoteSeparator);
            foreach (var footnote in footnotes)
            {
                var note = string.Join(" ", TopLevelParagraphs(footnote).Select(paragraph => ParagraphText(paragraph, numbers)).Where(line => line.Length > 0));
                text.Append('\n').Append(numbers[footnote.Id!.Value]).Append(' ').Append(note);
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The paragraphs in reading order, without those inside another paragraph (a text box), whose text that paragraph holds.</summary>
    private static IEnumerable<Paragraph> TopLevelParagraphs(OpenXmlElement container) =>
        container.Descendants<Paragraph>().Where(paragraph => !paragraph.Ancestors<Paragraph>().Any());

    /// <summary>A paragraph's text on one line; a footnote reference becomes its number, the next one when first cited.</summary>
    private static string ParagraphText(Paragraph paragraph, Dictionary<long, int> numbers)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case FootnoteReference reference when reference.Id?.Value is long id:
                    if (!numbers.TryGetValue(id, out var number))
                    {
                        number = numbers.Count + 1;
                        numbers[id] = number;
                    }

                    text.Append(number);
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static ImportMessage Corrupt(string sourceName, string reason) =>
        WordPackageCheck.Refuse(ImportFileCodes.WordCorrupt, $"{sourceName} is not a readable Word document (.docx): {reason}.", sourceName);
}
