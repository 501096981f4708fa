using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.UnText;

/// <summary>A provision placed in the tree, its text still as joined, and the repairs made so far.</summary>
internal sealed record ProvisionDraft(ParsedProvision Provision, List<TextRepair> Repairs);

/// <summary>
/// Builds the text tree from paragraphs by their printed numbers. Unnumbered paragraphs before the
/// first operative paragraph are preambular (pp1, pp2 … by position); "1." is an operative
/// paragraph; "1.6" an item of paragraph 1; "(a)" an item of the numbered paragraph or item
/// before it; a roman "(ii)" an item of the lettered item before it.
/// </summary>
internal static partial class ProvisionTreeBuilder
{
    /// <summary>Adds the top-level provisions to <paramref name="tree"/>; returns every provision in reading order.</summary>
    public static List<ProvisionDraft> Build(IEnumerable<JoinedParagraph> paragraphs, List<ParsedProvision> tree, List<ImportMessage> messages)
    {
        var drafts = new List<ProvisionDraft>();
        var preambularParagraphs = 0;
        ParsedProvision? operative = null;
        ParsedProvision? numbered = null;
        ParsedProvision? lettered = null;
        foreach (var paragraph in paragraphs)
        {
            var label = Label().Match(paragraph.Text);
            var text = label.Success ? paragraph.Text[label.Length..] : paragraph.Text;
            ParsedProvision provision;
            if (label.Groups["operative"].Success)
            {
                var number = label.Groups["operative"].Value;
                provision = New(ProvisionKind.Operative, number, ProvisionAnchor.Operative(number), text);
                tree.Add(provision);
                operative = numbered = provision;
                lettered = null;
            }
            else if (label.Groups["dotted"].Success && operative is not null)
            {
                var number = label.Groups["dotted"].Value;
                provision = AddItem(operative, number, text);
                numbered = provision;
                lettered = null;
            }
            else if (label.Groups["letter"].Success && numbered is not null)
            {
                var letter = label.Groups["letter"].Value;
                if (lettered is not null && RomanNumeral().IsMatch(letter) && !FollowsInAlphabet(lettered.Number, letter))
                {
                    provision = AddItem(lettered, "(" + letter + ")", text);
                }
                else
                {
                    provision = AddItem(numbered, "(" + letter + ")", text);
                    lettered = provision;
                }
            }
            else if (operative is null)
            {
                preambularParagraphs++;
                provision = New(ProvisionKind.Preamble, "", ProvisionAnchor.Preamble(preambularParagraphs), paragraph.Text);
                tree.Add(provision);
            }
            else
            {
                // Outside the numbering its place calls for: keep the words with the paragraph before.
                var previous = drafts[^1];
                previous.Provision.Text += " " + paragraph.Text;
                previous.Repairs.AddRange(paragraph.Repairs);
                messages.Add(new ImportMessage(ImportSeverity.Warning, UnTextMessageCodes.UnnumberedParagraph,
                    $"the paragraph at line {paragraph.LineNumber} has no number of its own; added to {previous.Provision.Anchor}: {TextExcerpt.Quote(Start(paragraph.Text))}",
                    previous.Provision.Anchor));
                continue;
            }

            drafts.Add(new ProvisionDraft(provision, [.. paragraph.Repairs]));
        }

        return drafts;
    }

    private static ParsedProvision AddItem(ParsedProvision parent, string number, string text)
    {
        var item = New(ProvisionKind.Item, number, ProvisionAnchor.Item(parent.Anchor, number), text);
        parent.Children.Add(item);
        return item;
    }

    private static ParsedProvision New(ProvisionKind kind, string number, string anchor, string text) =>
        new() { Kind = kind, Number = number, Anchor = anchor, Text = text };

    /// <summary>Whether <paramref name="letter"/> is the letter after that of <paramref name="previousNumber"/> ("(h)" then "i").</summary>
    private static bool FollowsInAlphabet(string previousNumber, string letter) =>
        letter.Length == 1 && previousNumber.Length == 3 && previousNumber[1] + 1 == letter[0];

    private static string Start(string text) => text.Length <= 60 ? text : text[..60] + "…";

    // "1. ", "1.6. " (or "1.6 "), "(a) ", with the space after.
    [GeneratedRegex(@"^(?:(?<dotted>\d+(?:\.\d+)+)\.?|(?<operative>\d+)\.|\((?<letter>[a-z]{1,4})\))\s+")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3})$")]
    private static partial Regex RomanNumeral();
}
