using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Parses the text of a UN document as extracted from its PDF (a draft resolution such as
/// A/C.1/73/L.27/Rev.1) into a <see cref="ParsedDocument"/>: heading, preambular and operative
/// paragraphs with their items, footnotes and the places that cite them. It removes page residue,
/// joins lines into paragraphs and repairs the extraction's artefacts, reporting each repair as an
/// <see cref="ImportMessage"/> of severity <see cref="ImportSeverity.Repair"/>. Pure and
/// deterministic: the same text always gives the same document. The layout and repair rules are
/// those of English texts.
/// </summary>
public static partial class UnTextParser
{
    public const string SourceFormat = "un-text";

    /// <param name="text">The extracted text, as it is.</param>
    /// <param name="symbol">The document's symbol (the text has no masthead to read it from).</param>
    /// <param name="sourceName">The file name or address, for the record.</param>
    /// <param name="language">Two-letter language code of the text.</param>
    /// <param name="sourceFormat">What the text was read from: a text file (<see cref="SourceFormat"/>), or the PDF or Word file the text was taken from.</param>
    public static ParsedDocument Parse(string text, string symbol, string sourceName, string language = Languages.English, string sourceFormat = SourceFormat)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceFormat);

        var normalSymbol = UnSymbol.Normalise(symbol);
        var document = new ParsedDocument
        {
            Symbol = normalSymbol,
            Language = language,
            SourceName = sourceName,
            SourceFormat = sourceFormat,
            Session = UnSymbol.Session(normalSymbol),
        };
        var messages = document.Messages;
        if (!Vocabulary.IsEnglish(language))
        {
            messages.Add(new ImportMessage(ImportSeverity.Warning, UnTextMessageCodes.EnglishRulesOnly,
                $"the text is in “{language}”, but the layout and repair rules are those of English texts"));
        }

        var vocabulary = Vocabulary.ForDocument(language, text);
        var layout = PageLayout.Read(text, normalSymbol, messages);
        var body = ReadHeading(layout.Lines, document, vocabulary, messages);

        var citations = new FootnoteCitations(layout.Footnotes.Select(footnote => footnote.Number));
        var drafts = ProvisionTreeBuilder.Build(ParagraphJoiner.Join(body), document.Provisions, messages);
        foreach (var draft in drafts)
        {
            CleanProvision(draft, vocabulary, citations, messages);
        }

        foreach (var footnote in layout.Footnotes)
        {
            document.Footnotes.Add(ReadFootnote(footnote, vocabulary, messages));
        }

        foreach (var number in citations.Uncited)
        {
            var anchor = FootnoteAnchor(number);
            messages.Add(new ImportMessage(ImportSeverity.Warning, UnTextMessageCodes.UncitedFootnote,
                $"no marker in the text was found for footnote {number}", anchor));
        }

        return document;
    }

    /// <summary>Reads the heading up to the enacting formula; returns the lines after it.</summary>
    private static IEnumerable<LayoutLine> ReadHeading(IReadOnlyList<LayoutLine> lines, ParsedDocument document, Vocabulary vocabulary, List<ImportMessage> messages)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var formula = EnactingFormula().Match(lines[i].Text);
            if (formula.Success)
            {
                HeadingReader.Read(lines.Take(i), document, vocabulary, messages);
                document.AddEnactingFormula(lines[i].Text);
                document.Body = formula.Groups["body"].Value;
                return lines.Skip(i + 1);
            }
        }

        messages.Add(new ImportMessage(ImportSeverity.Warning, UnTextMessageCodes.NoEnactingFormula,
            "no enacting formula (“The General Assembly,”) found: no heading read, the whole text taken as paragraphs",
            HeadingReader.Location));
        return lines;
    }

    /// <summary>Whether a line is the enacting formula ("The General Assembly,"), where the heading ends.</summary>
    internal static bool IsEnactingFormula(string line) => EnactingFormula().IsMatch(line);

    private static void CleanProvision(ProvisionDraft draft, Vocabulary vocabulary, FootnoteCitations citations, List<ImportMessage> messages)
    {
        var provision = draft.Provision;
        var cleaned = TextCleaner.Clean(provision.Text, vocabulary);
        var extraction = FootnoteMarkers.Extract(cleaned.Text, citations);
        provision.Text = extraction.Text;
        provision.FootnoteMarks.AddRange(extraction.Markers.Select(marker => new ParsedFootnoteMark(marker.Offset, FootnoteAnchor(marker.Number))));
        foreach (var repair in draft.Repairs.Concat(cleaned.Repairs).Concat(extraction.Repairs))
        {
            messages.Add(new ImportMessage(ImportSeverity.Repair, repair.Code, repair.Detail, provision.Anchor));
        }
    }

    private static ParsedProvision ReadFootnote(LayoutFootnote footnote, Vocabulary vocabulary, List<ImportMessage> messages)
    {
        var number = footnote.Number.ToString(CultureInfo.InvariantCulture);
        var anchor = ProvisionAnchor.Footnote(number);
        var joined = LineJoiner.Join(footnote.Lines);
        var cleaned = TextCleaner.Clean(joined.Text, vocabulary);
        foreach (var repair in joined.Repairs.Concat(cleaned.Repairs))
        {
            messages.Add(new ImportMessage(ImportSeverity.Repair, repair.Code, repair.Detail, anchor));
        }

        return new ParsedProvision { Kind = ProvisionKind.Footnote, Number = number, Anchor = anchor, Text = cleaned.Text };
    }

    private static string FootnoteAnchor(int number) => ProvisionAnchor.Footnote(number.ToString(CultureInfo.InvariantCulture));

    // "The General Assembly,", "The Economic and Social Council,": the organ that speaks.
    [GeneratedRegex(@"^The (?<body>[A-Z][\p{L}’'-]*(?: (?:[A-Z][\p{L}’'-]*|and|of|on|for))*),$")]
    private static partial Regex EnactingFormula();
}
