using System.Text.RegularExpressions;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Reads the heading of a UN draft: the committee and agenda item lines, then blocks of lines set
/// apart by wider gaps: the agenda item's title, the sponsors with the kind of document
/// ("Algeria, …: revised draft resolution") and the draft's own title.
/// </summary>
internal static partial class HeadingReader
{
    public const string Location = "heading";

    public static void Read(IEnumerable<LayoutLine> lines, ParsedDocument document, Vocabulary vocabulary, List<ImportMessage> messages)
    {
        var blocks = new List<List<string>>();
        var startsBlock = true;
        foreach (var line in lines)
        {
            if (Committee().IsMatch(line.Text))
            {
                document.Committee = line.Text;
                startsBlock = true;
                continue;
            }

            var agendaItem = AgendaItem().Match(line.Text);
            if (agendaItem.Success)
            {
                document.AgendaItem = agendaItem.Groups["item"].Value;
                startsBlock = true;
                continue;
            }

            if (startsBlock || line.StartsBlock)
            {
                blocks.Add([]);
            }

            startsBlock = false;
            blocks[^1].Add(line.Text);
        }

        var texts = blocks.Select(block => Clean(block, vocabulary, messages)).ToList();
        var labelBlock = texts.FindIndex(text => Label().IsMatch(text));
        if (labelBlock >= 0)
        {
            var label = Label().Match(texts[labelBlock]);
            document.DocumentLabel = label.Groups["label"].Value;
            if (label.Groups["sponsors"].Success)
            {
                document.Sponsors.AddRange(SponsorList.Split(label.Groups["sponsors"].Value));
            }
        }

        // The draft's title follows the sponsors; without them, the last block is the title.
        var title = string.Join(" ", labelBlock >= 0 ? texts.Skip(labelBlock + 1) : texts.TakeLast(1));
        document.Title = title.Length > 0 ? title : null;
        document.Kind = KindOf(document.DocumentLabel, document.Symbol);
    }

    private static string Clean(List<string> block, Vocabulary vocabulary, List<ImportMessage> messages)
    {
        var joined = LineJoiner.Join(block);
        var cleaned = TextCleaner.Clean(joined.Text, vocabulary);
        foreach (var repair in joined.Repairs.Concat(cleaned.Repairs))
        {
            messages.Add(new ImportMessage(ImportSeverity.Repair, repair.Code, repair.Detail, Location));
        }

        return cleaned.Text;
    }

    private static WorkKind KindOf(string? label, string symbol)
    {
        if (label is not null)
        {
            return label.Contains("draft resolution", StringComparison.OrdinalIgnoreCase) ? WorkKind.DraftResolution : WorkKind.Other;
        }

        if (symbol.Contains("/RES/", StringComparison.Ordinal))
        {
            return WorkKind.GaResolution;
        }

        return symbol.Contains("/DEC/", StringComparison.Ordinal) ? WorkKind.GaDecision : WorkKind.Other;
    }

    [GeneratedRegex(@"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political and Decolonization Committee(?: \(Fourth Committee\))?)$")]
    private static partial Regex Committee();

    [GeneratedRegex(@"^Agenda items? (?<item>.+)$")]
    private static partial Regex AgendaItem();

    // "Algeria, …, and Zimbabwe: revised draft resolution", or the kind of document alone.
    [GeneratedRegex(@"^(?:(?<sponsors>[^:]+):\s*)?(?<label>(?i:(?:(?:further |second )?revised |amended )?draft (?:resolution|decision))(?: [IVX]+| [A-Z])?)$")]
    private static partial Regex Label();
}
