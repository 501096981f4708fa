using System.Text.RegularExpressions;
using System.Xml.Linq;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// The footnotes of one document (<c>authorialNote</c> elements), numbered before the text is
/// read so that a marker repeated later (<c>&lt;sup&gt;2&lt;/sup&gt;</c>) finds its footnote.
/// A footnote is anchored by its printed marker (<c>fn2</c>); where an annex numbers its notes
/// afresh, a repeated number takes the annex prefix (<c>annex-fn1</c>). A note whose text starts
/// with "*" (the UN's "Reissued for technical reasons") is a note on the document that the
/// markup coded as a footnote: it is reported and left out, not made a footnote of the text.
/// </summary>
internal sealed partial class FootnoteIndex
{
    private readonly Dictionary<XElement, string> _anchorOfNote = [];
    private readonly HashSet<string> _usedAnchors = [];
    private readonly Dictionary<(string? Region, string Marker), string> _anchorOfMarker = [];
    private readonly Dictionary<XElement, string> _regionOfAttachment;

    private FootnoteIndex(Dictionary<XElement, string> regionOfAttachment) => _regionOfAttachment = regionOfAttachment;

    /// <summary>The anchor of a note, or null for a note that is not a footnote of the text.</summary>
    public string? AnchorOf(XElement note) => _anchorOfNote.GetValueOrDefault(note);

    /// <summary>The footnote a repeated marker refers to: that of the same annex (or body) first, then any.</summary>
    public string? AnchorOfMarker(string marker, XElement at)
    {
        var region = RegionOf(at);
        if (_anchorOfMarker.TryGetValue((region, marker), out var anchor))
        {
            return anchor;
        }

        return _anchorOfMarker.GetValueOrDefault((null, marker));
    }

    /// <summary>Numbers every note of <paramref name="statement"/> and adds the footnotes to <paramref name="document"/>.</summary>
    public static FootnoteIndex Build(XElement statement, Dictionary<XElement, string> annexPrefixes, ParsedDocument document)
    {
        var index = new FootnoteIndex(annexPrefixes);
        var notes = statement.DescendantsNamed("authorialNote").ToList();
        var sequence = 0;
        foreach (var note in notes)
        {
            sequence++;
            var flat = note.FlatText();
            var marker = note.Attr("marker") ?? sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (flat.StartsWith('*'))
            {
                document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.ReissueNoteAsFootnote,
                    $"The note \"{Shorten(flat)}\" is coded as footnote {marker}, but it is a note on the document (marked *), not a footnote of the text; it is not imported as footnote {marker}.",
                    $"{document.SourceName} › {note.Describe()}"));
                continue;
            }

            index.Assign(note, marker, document);
        }

        var reader = new InlineContentReader(index);
        foreach (var note in notes)
        {
            if (index.AnchorOf(note) is { } anchor)
            {
                AddFootnote(note, anchor, reader, document);
            }
        }

        return index;
    }

    private void Assign(XElement note, string marker, ParsedDocument document)
    {
        var region = RegionOf(note);
        var label = ProvisionAnchor.NormaliseLabel(marker);
        if (label.Length == 0)
        {
            label = "x";
        }

        var anchor = ProvisionAnchor.Footnote(label);
        if (_usedAnchors.Contains(anchor) && region is not null)
        {
            anchor = ProvisionAnchor.Footnote(label, region);
        }

        for (var copy = 2; _usedAnchors.Contains(anchor); copy++)
        {
            var renamed = ProvisionAnchor.Footnote(label + "dup" + copy, region);
            document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.DuplicateAnchor,
                $"Footnote marker {marker} is used twice; the second footnote is anchored {renamed}.",
                $"{document.SourceName} › {note.Describe()}"));
            anchor = renamed;
        }

        _anchorOfNote[note] = anchor;
        _usedAnchors.Add(anchor);
        _anchorOfMarker.TryAdd((region, marker), anchor);
        _anchorOfMarker.TryAdd((null, marker), anchor);
    }

    private static void AddFootnote(XElement note, string anchor, InlineContentReader reader, ParsedDocument document)
    {
        var text = reader.Read(note);
        var marker = note.Attr("marker") ?? "";
        text = DropMarkerResidue(text, marker);
        var footnote = new ParsedProvision
        {
            Kind = ProvisionKind.Footnote,
            Number = marker,
            Anchor = anchor,
            Text = text.Text,
        };
        footnote.FootnoteMarks.AddRange(text.Marks.Select(m => new ParsedFootnoteMark(m.Offset, m.FootnoteAnchor)));
        document.Footnotes.Add(footnote);
        document.Links.AddRange(text.Links.Select(l => new ParsedLink(anchor, l.Start, l.Length, l.Href, l.Text)));
    }

    /// <summary>Arabic notes start with an empty "()" where the number was; some notes repeat their number before a tab.</summary>
    private static InlineText DropMarkerResidue(InlineText text, string marker)
    {
        var residue = MarkerResidue().Match(text.Text);
        if (residue.Success && (residue.Groups[1].Length == 0 || residue.Groups[1].Value == marker))
        {
            return text.DropPrefix(residue.Length);
        }

        if (marker.Length > 0 && text.FirstTabGap == marker.Length && text.Text.StartsWith(marker, StringComparison.Ordinal))
        {
            return text.DropPrefix(marker.Length);
        }

        return text;
    }

    private string? RegionOf(XElement element)
    {
        foreach (var ancestor in element.Ancestors())
        {
            if (ancestor.Is("attachment") && _regionOfAttachment.TryGetValue(ancestor, out var prefix))
            {
                return prefix;
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "…";

    [GeneratedRegex(@"^\(\s*([0-9]*)\s*\)\s*")]
    private static partial Regex MarkerResidue();
}
