using System.Globalization;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Turns <see cref="Block"/>s into the provision tree of a <see cref="ParsedDocument"/>:
/// works out which label continues which list (so that "(a)" tagged as a sibling paragraph
/// still becomes an item of the paragraph before it), anchors every provision by its printed
/// number, starts a section prefix where numbering restarts (an annex, a section, a treaty
/// article), and keeps anchors unique.
/// </summary>
/// <remarks>
/// Anchors: preambular and other unnumbered paragraphs by position (<c>pp3</c>); numbered
/// paragraphs by number (<c>op5</c>); items below them by letter or Roman numeral
/// (<c>op5a</c>, <c>op5a.ii</c>), items below an unnumbered paragraph as <c>opa</c>; headings by
/// position as <c>oph1</c> (<c>h</c> cannot be a printed paragraph number, so these never collide).
/// </remarks>
internal sealed partial class ProvisionTreeBuilder(ParsedDocument document)
{
    private readonly HashSet<string> _anchors = [];
    private readonly HashSet<string> _sections = [];
    private readonly Dictionary<string, int> _restarts = [];
    private readonly List<Frame> _stack = [];
    // Chinese texts number second-level items 1., 2. where other languages print (i), (ii).
    private readonly bool _digitsMarkSecondLevel = document.Language == Languages.Chinese;
    private Section _section = new(null, null, InAnnex: false);
    private ParsedProvision? _lastUnnumbered;
    private ParsedProvision? _lastPreamble;
    private int _labelsInText;
    private Block? _firstLabelInText;
    private (string Number, Block Block)? _pendingHeadingNumber;

    public void Build(IReadOnlyList<Block> blocks)
    {
        var firstNumbered = FirstNumberedIndex(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Heading)
            {
                FlushHeadingNumber();
            }

            switch (block.Role)
            {
                case BlockRole.SectionStart:
                    StartSection(block.Section ?? "s", block.InAnnex ? block.Section : null, block.InAnnex);
                    break;
                case BlockRole.Preamble:
                    AddPreamble(block);
                    break;
                case BlockRole.Heading:
                    AddHeading(block);
                    break;
                case BlockRole.Other when _stack.Count > 0:
                    // A table printed inside a paragraph or item belongs to it; the list goes on after it.
                    AddInside(_stack[^1].Provision, block.Text, block);
                    break;
                case BlockRole.Other:
                    ResetNesting();
                    AddPositional(ProvisionKind.Other, block.Text, block, block.Number?.Trim());
                    break;
                default:
                    AddParagraph(block, beforeFirstNumbered: !block.InAnnex && i < firstNumbered);
                    break;
            }
        }

        FlushHeadingNumber();
        if (_labelsInText > 0)
        {
            document.Messages.Add(new ImportMessage(ImportSeverity.Repair, AknMessageCodes.NumberInText,
                $"{_labelsInText} paragraph numbers or item labels are written in the text instead of a num element; they were read from the text.",
                Where(_firstLabelInText!)));
        }
    }

    private void AddPreamble(Block block)
    {
        var label = PrintedLabel.FindAtStart(block.Text.Text, block.Text.FirstTabGap)?.Label;
        if (label is not null && label.Has(LabelStyle.Decimal))
        {
            document.Messages.Add(new ImportMessage(ImportSeverity.Repair, AknMessageCodes.OperativeInPreamble,
                $"Numbered paragraph {label.Printed} is tagged as preambular; it is read as an operative paragraph.", Where(block)));
            AddParagraph(block with { Role = BlockRole.Paragraph }, beforeFirstNumbered: false);
            return;
        }

        if (label is not null && _lastPreamble is not null && (label.Has(LabelStyle.Letter) || label.Has(LabelStyle.Roman)))
        {
            document.Messages.Add(new ImportMessage(ImportSeverity.Repair, AknMessageCodes.ItemInPreamble,
                $"Item {label.Printed} is tagged as a preambular paragraph of its own; it is joined to the paragraph it belongs to ({_lastPreamble.Anchor}).", Where(block)));
            AppendTo(_lastPreamble, block.Text);
            return;
        }

        ResetNesting();
        _lastPreamble = AddPositional(ProvisionKind.Preamble, block.Text, block, null);
    }

    private void AddHeading(Block block)
    {
        if (block.HeadingGuessed && _stack.Count >= 2 && !ArticleHeading.IsStructural(block.Text.Text))
        {
            // No heading stands inside a list: an unpunctuated line there is the tail of an item.
            AddParagraph(block with { Role = BlockRole.Paragraph }, beforeFirstNumbered: false);
            return;
        }

        if (block.InAnnex && ArticleHeading.TryRead(block.Text.Text, out var article))
        {
            StartSection("art" + article.ToString(CultureInfo.InvariantCulture), _section.Annex, inAnnex: true);
        }

        var number = block.Number is null ? "" : PrintedLabel.Parse(block.Number)?.Printed ?? block.Number.Trim();
        var text = block.Text;
        if (number.Length == 0 && HeadingNumber().Match(text.Text) is { Success: true } printed)
        {
            // "A. Base/floor salary scale": the section letter printed in the heading's text.
            number = printed.Groups["number"].Value;
            text = text.DropPrefix(printed.Length);
        }

        if (number.Length == 0 && IsChapterNumber(text.Text))
        {
            // "II" as a heading of its own, then "General activities …": one numbered heading.
            FlushHeadingNumber();
            _pendingHeadingNumber = (text.Text, block);
            return;
        }

        if (number.Length == 0 && _pendingHeadingNumber is { } pending)
        {
            number = pending.Number;
            _pendingHeadingNumber = null;
        }

        FlushHeadingNumber();
        AddHeadingProvision(number, text, block);
    }

    private void FlushHeadingNumber()
    {
        if (_pendingHeadingNumber is { } pending)
        {
            _pendingHeadingNumber = null;
            AddHeadingProvision(pending.Number, InlineText.Empty, pending.Block);
        }
    }

    private static bool IsChapterNumber(string text) =>
        text.Length is > 0 and <= 6 && PrintedLabel.Parse(text) is { } label && label.Readings[0].Style is LabelStyle.UpperRoman or LabelStyle.UpperLetter;

    private void AddParagraph(Block block, bool beforeFirstNumbered)
    {
        var (labels, text) = ReadLabels(block);
        if (labels.Count == 0 && _stack.Count >= 2)
        {
            // Text after an item's own list ("(a) … of: (i) … (ii) … with the intent that …") ends that item.
            AddInside(_stack[^1].Parent!, text, block);
            return;
        }

        if (labels.Count == 0)
        {
            ResetNesting();
            if (beforeFirstNumbered && EndsLikePreamble(text.Text))
            {
                document.Messages.Add(new ImportMessage(ImportSeverity.Repair, AknMessageCodes.PreambleInBody,
                    "An unnumbered paragraph ending with a comma is tagged as part of the body before the first numbered paragraph; it is read as a preambular paragraph.",
                    Where(block)));
                _lastPreamble = AddPositional(ProvisionKind.Preamble, text, block, null);
                return;
            }

            _lastUnnumbered = AddPositional(ProvisionKind.Other, text, block, block.Number?.Trim());
            return;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            Place(labels[i], i == labels.Count - 1 ? text : InlineText.Empty, block);
        }
    }

    /// <summary>The labels of a paragraph: its num element, then any written at the start of its text ("(a) (i) …").</summary>
    private (List<PrintedLabel> Labels, InlineText Text) ReadLabels(Block block, bool count = true)
    {
        var labels = new List<PrintedLabel>(2);
        var text = block.Text;
        if (block.Number is not null && PrintedLabel.Parse(block.Number) is { } numbered)
        {
            labels.Add(numbered);
        }

        for (var i = 0; i < 3; i++)
        {
            var found = PrintedLabel.FindAtStart(text.Text, text.FirstTabGap);
            // After a paragraph number only an item label can follow; "5. 2013 …" is text.
            if (found is null || (labels.Count > 0 && labels[^1].Has(LabelStyle.Decimal) && found.Value.Label.Readings.All(r => r.Style == LabelStyle.Decimal)))
            {
                break;
            }

            labels.Add(found.Value.Label);
            text = text.DropPrefix(found.Value.Length);
            if (count && i == 0 && block.Number is null)
            {
                _labelsInText++;
                _firstLabelInText ??= block;
            }
        }

        return (labels, text);
    }

    private void Place(PrintedLabel label, InlineText text, Block block)
    {
        var first = label.Readings[0];
        if (first.Style == LabelStyle.Bullet)
        {
            AddPositional(ProvisionKind.Other, text, block, label.Printed);
            return;
        }

        if (first.Style is LabelStyle.UpperLetter or LabelStyle.UpperRoman)
        {
            AddHeadingProvision(label.Printed, text, block);
            return;
        }

        // A label that continues a list already open: "(b)" after "(a)", "2." after "1.".
        for (var depth = _stack.Count - 1; depth >= 0; depth--)
        {
            var frame = _stack[depth];
            foreach (var reading in label.Readings)
            {
                if (reading.Style == frame.Style && reading.Ordinal == frame.Ordinal + 1 && SameNumerals(reading.Style, label, frame))
                {
                    _stack.RemoveRange(depth, _stack.Count - depth);
                    if (frame.Parent is null && reading.Style == LabelStyle.Decimal)
                    {
                        AddNumbered(label, reading.Ordinal, text, block);
                    }
                    else
                    {
                        AddItem(frame.Parent, reading, label, text, block, frame.ListBase);
                    }

                    return;
                }
            }
        }

        // A label that opens a list under the paragraph before it: "(a)" after "1.", "(i)" after "(a)".
        var parent = _stack.Count > 0 ? _stack[^1].Provision : _lastUnnumbered;
        if (parent is not null)
        {
            foreach (var reading in label.Readings)
            {
                if (reading.Ordinal == 1 && OpensList(reading.Style) && !_stack.Any(f => f.Style == reading.Style && SameNumerals(reading.Style, label, f)))
                {
                    AddItem(parent, reading, label, text, block, ListBase(parent, reading));
                    return;
                }
            }
        }

        var paragraphNumber = label.Readings.FirstOrDefault(r => r.Style == LabelStyle.Decimal);
        if (label.Has(LabelStyle.Decimal))
        {
            AddNumbered(label, paragraphNumber.Ordinal, text, block);
            return;
        }

        // An item out of sequence ("(c)" after "(a)"): kept next to the list it most likely belongs to.
        var item = label.Readings[0];
        var sibling = _stack.FindLastIndex(f => f.Style == item.Style);
        document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.UnexpectedLabel,
            $"Item {label.Printed} does not follow from the numbering before it; it is kept {(sibling >= 0 ? "beside" : "under")} the item or paragraph before it.",
            Where(block)));
        if (sibling >= 0)
        {
            var frame = _stack[sibling];
            _stack.RemoveRange(sibling, _stack.Count - sibling);
            AddItem(frame.Parent, item, label, text, block, frame.ListBase);
        }
        else
        {
            AddItem(parent, item, label, text, block, ListBase(parent, item));
        }
    }

    /// <summary>Chinese paragraph numbers (一、) and Chinese second-level items (1.) are both decimal: the numerals tell them apart.</summary>
    private static bool SameNumerals(LabelStyle style, PrintedLabel label, Frame frame) =>
        style != LabelStyle.Decimal || label.IsChineseNumeral == frame.Chinese;

    private bool OpensList(LabelStyle style) => style switch
    {
        LabelStyle.Letter or LabelStyle.Roman => true,
        LabelStyle.Decimal => _digitsMarkSecondLevel && _stack.Count > 0 && _stack[^1].Style == LabelStyle.Letter,
        _ => false,
    };

    private void AddNumbered(PrintedLabel label, int number, InlineText text, Block block)
    {
        if (label.Dotted is null)
        {
            if (_section.LastNumber > 0 && number <= _section.LastNumber)
            {
                StartRestart(block, number);
            }

            _section.LastNumber = number;
        }

        var anchor = ProvisionAnchor.Operative(label.Dotted ?? number.ToString(CultureInfo.InvariantCulture), _section.Prefix);
        var provision = NewProvision(ProvisionKind.Operative, label.Printed, anchor, block);
        AddTopLevel(provision, text);
        _stack.Clear();
        _stack.Add(new Frame(LabelStyle.Decimal, number, label.IsChineseNumeral, provision, null));
        _lastUnnumbered = null;
    }

    private void AddItem(ParsedProvision? parent, LabelReading reading, PrintedLabel label, InlineText text, Block block, string? listBase)
    {
        var anchor = parent is not null && IsNumberedAnchor(parent.Anchor)
            ? ProvisionAnchor.Item(parent.Anchor, CanonicalItemLabel(reading))
            : listBase is not null
                ? ProvisionAnchor.Item(listBase, CanonicalItemLabel(reading))
                : ProvisionAnchor.Operative(CanonicalItemLabel(reading), _section.Prefix);
        var provision = NewProvision(ProvisionKind.Item, label.Printed, anchor, block);
        if (parent is null)
        {
            AddTopLevel(provision, text);
        }
        else
        {
            parent.Children.Add(provision);
            Attach(provision, text);
        }

        _stack.Add(new Frame(reading.Style, reading.Ordinal, label.IsChineseNumeral, provision, parent, listBase));
    }

    /// <summary>A decimal item is a Chinese second-level item: the other languages print it as a Roman numeral.</summary>
    private static string CanonicalItemLabel(LabelReading reading) =>
        PrintedLabel.Canonical(reading.Style == LabelStyle.Decimal ? LabelStyle.Roman : reading.Style, reading.Ordinal);

    /// <summary>
    /// Items below an unnumbered paragraph are anchored <c>opa</c>, <c>opb</c> …; when another
    /// list took those anchors already, they hang from the paragraph's position instead
    /// (<c>opp12a</c>: item (a) of the twelfth unnumbered paragraph). Below a numbered paragraph,
    /// an item, or a heading (<c>oph3a</c>) the parent's anchor is enough.
    /// </summary>
    private string? ListBase(ParsedProvision? parent, LabelReading first)
    {
        if (parent is not null && IsNumberedAnchor(parent.Anchor))
        {
            return null;
        }

        if (!_anchors.Contains(ProvisionAnchor.Operative(CanonicalItemLabel(first), _section.Prefix)))
        {
            return null;
        }

        var position = parent is null ? "x" + (++_section.Orphans).ToString(CultureInfo.InvariantCulture) : ProvisionAnchor.SplitSection(parent.Anchor).Local;
        return ProvisionAnchor.Operative(position.Replace(ProvisionAnchor.PreamblePrefix, "p", StringComparison.Ordinal), _section.Prefix);
    }

    private void AddHeadingProvision(string number, InlineText text, Block block)
    {
        ResetNesting();
        var anchor = ProvisionAnchor.Heading(++_section.Headings, _section.Prefix);
        var heading = NewProvision(ProvisionKind.Heading, number, anchor, block);
        AddTopLevel(heading, text);
        // "A. Build economic resilience" followed by "(a) …": the items are the heading's (oph3a).
        _lastUnnumbered = heading;
    }

    /// <summary>Unnumbered text that belongs to a paragraph or item (a table, the words closing its list), anchored by position.</summary>
    private void AddInside(ParsedProvision parent, InlineText text, Block block)
    {
        var anchor = ProvisionAnchor.Preamble(++_section.Positional, _section.Prefix);
        var inside = NewProvision(ProvisionKind.Other, "", anchor, block);
        parent.Children.Add(inside);
        Attach(inside, text);
    }

    private ParsedProvision AddPositional(ProvisionKind kind, InlineText text, Block block, string? number)
    {
        var anchor = ProvisionAnchor.Preamble(++_section.Positional, _section.Prefix);
        var provision = NewProvision(kind, number ?? "", anchor, block);
        AddTopLevel(provision, text);
        return provision;
    }

    private ParsedProvision NewProvision(ProvisionKind kind, string number, string anchor, Block block) => new()
    {
        Kind = kind,
        Number = number.Length <= 32 ? number : number[..32],
        Anchor = Unique(anchor, block),
        Text = "",
    };

    private void AddTopLevel(ParsedProvision provision, InlineText text)
    {
        document.Provisions.Add(provision);
        Attach(provision, text);
    }

    private void Attach(ParsedProvision provision, InlineText text)
    {
        provision.Text = text.Text;
        provision.FootnoteMarks.AddRange(text.Marks.Select(m => new ParsedFootnoteMark(m.Offset, m.FootnoteAnchor)));
        document.Links.AddRange(text.Links.Select(l => new ParsedLink(provision.Anchor, l.Start, l.Length, l.Href, l.Text)));
    }

    private void AppendTo(ParsedProvision provision, InlineText more)
    {
        var shift = provision.Text.Length + 1;
        provision.Text = provision.Text + "\n" + more.Text;
        provision.FootnoteMarks.AddRange(more.Marks.Select(m => new ParsedFootnoteMark(m.Offset + shift, m.FootnoteAnchor)));
        document.Links.AddRange(more.Links.Select(l => new ParsedLink(provision.Anchor, l.Start + shift, l.Length, l.Href, l.Text)));
    }

    private string Unique(string anchor, Block block)
    {
        if (_anchors.Add(anchor))
        {
            return anchor;
        }

        var copy = 2;
        string renamed;
        do
        {
            renamed = anchor + ".dup" + (copy++).ToString(CultureInfo.InvariantCulture);
        }
        while (!_anchors.Add(renamed));

        document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.DuplicateAnchor,
            $"Anchor {anchor} is taken already (the numbering repeats itself); this provision is anchored {renamed}.", Where(block)));
        return renamed;
    }

    private void StartSection(string prefix, string? annex, bool inAnnex, string? restartBase = null)
    {
        var unique = SectionCandidates(prefix, annex).First(_sections.Add);
        _section = new Section(unique, annex, inAnnex, restartBase ?? annex ?? unique);
        ResetNesting();
        _lastPreamble = null;
    }

    /// <summary>The prefix itself; for an article number used twice (two treaties annexed), with its annex's prefix; then numbered copies.</summary>
    private static IEnumerable<string> SectionCandidates(string prefix, string? annex)
    {
        yield return prefix;
        if (annex is not null && annex != prefix)
        {
            yield return annex + prefix;
        }

        for (var copy = 2; ; copy++)
        {
            yield return prefix + "x" + copy.ToString(CultureInfo.InvariantCulture);
        }
    }

    private void StartRestart(Block block, int number)
    {
        var basePrefix = _section.Base ?? "";
        var restart = _restarts[basePrefix] = _restarts.GetValueOrDefault(basePrefix, 1) + 1;
        var previous = _section.LastNumber;
        StartSection(basePrefix + "p" + restart.ToString(CultureInfo.InvariantCulture), _section.Annex, _section.InAnnex, basePrefix);
        document.Messages.Add(new ImportMessage(ImportSeverity.Repair, AknMessageCodes.NumberingRestart,
            $"Paragraph numbering restarts at {number} after {previous}; the paragraphs from here are anchored under {_section.Prefix}-.", Where(block)));
    }

    private void ResetNesting()
    {
        _stack.Clear();
        _lastUnnumbered = null;
    }

    private int FirstNumberedIndex(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is { Role: BlockRole.Paragraph, InAnnex: false } block
                && ReadLabels(block, count: false).Labels is [var first, ..]
                && first.Has(LabelStyle.Decimal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNumberedAnchor(string anchor) =>
        ProvisionAnchor.SplitSection(anchor).Local.StartsWith(ProvisionAnchor.OperativePrefix, StringComparison.Ordinal);

    private static bool EndsLikePreamble(string text)
    {
        // Arabic text may end with a right-to-left mark after the comma.
        var end = text.TrimEnd('\u200E', '\u200F');
        return end.Length > 0 && end[^1] is ',' or '،' or '，';
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<number>[A-Z]|[IVXL]{1,6})\.\s+(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex HeadingNumber();

    private string Where(Block block) => $"{document.SourceName} › {block.Source.Describe()}";

    /// <summary>An open list: its style and last ordinal, its last provision, what it hangs from.</summary>
    private sealed record Frame(LabelStyle Style, int Ordinal, bool Chinese, ParsedProvision Provision, ParsedProvision? Parent, string? ListBase = null);

    /// <summary>Where numbering stands: the anchor prefix, the annex it belongs to, the counters.</summary>
    /// <remarks><paramref name="Base"/>: the prefix restarts are counted from (the section or annex the numbering began in).</remarks>
    private sealed record Section(string? Prefix, string? Annex, bool InAnnex, string? Base = null)
    {
        public int Positional { get; set; }

        public int Headings { get; set; }

        public int LastNumber { get; set; }

        /// <summary>Lists with nothing above them (not even an unnumbered paragraph), for their anchors.</summary>
        public int Orphans { get; set; }
    }
}
