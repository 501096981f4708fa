using NormsPortal.Data.Anchors;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// The table of contents of a text: the preamble, each operative paragraph (with its numbered
/// items, so the norms 1.1–1.13 of 73/27 can be reached directly), each annex or other section
/// where numbering restarts, and the footnotes.
/// </summary>
public static class DocumentContents
{
    /// <summary>The anchor of the footnotes' list on the page.</summary>
    public const string FootnotesAnchor = "footnotes";

    public static IReadOnlyList<ContentsEntry> Build(DocumentTextDto text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<ContentsEntry>();
        var main = text.Provisions.Where(p => ProvisionAnchor.SplitSection(p.Anchor).Section is null).ToList();

        if (main.FirstOrDefault(p => p.Kind == "Preamble") is { } firstPreamble)
        {
            entries.Add(new ContentsEntry("Preamble", firstPreamble.Anchor, []));
        }

        var operative = OperativeEntries(main);
        if (operative.Count > 0)
        {
            entries.Add(new ContentsEntry("Operative paragraphs", operative[0].Anchor, operative));
        }

        foreach (var section in text.Provisions
                     .Select(p => (Provision: p, Section: ProvisionAnchor.SplitSection(p.Anchor).Section))
                     .Where(p => p.Section is not null)
                     .GroupBy(p => p.Section!, StringComparer.Ordinal))
        {
            var provisions = section.Select(p => p.Provision).ToList();
            entries.Add(new ContentsEntry(SectionLabel(section.Key), provisions[0].Anchor, OperativeEntries(provisions)));
        }

        if (text.Footnotes.Count > 0)
        {
            entries.Add(new ContentsEntry("Footnotes", FootnotesAnchor, []));
        }

        return entries;
    }

    private static List<ContentsEntry> OperativeEntries(IReadOnlyList<ProvisionDto> provisions)
    {
        var childrenByParent = provisions.Where(p => p.ParentAnchor is not null).ToLookup(p => p.ParentAnchor!, StringComparer.Ordinal);
        return
        [
            .. provisions
                .Where(p => p.Kind == "Operative" && p.ParentAnchor is null)
                .Select(p => new ContentsEntry(
                    NumberLabel(p),
                    p.Anchor,
                    [.. childrenByParent[p.Anchor].Where(c => c.Number.Length > 0).Select(c => new ContentsEntry(c.Number.Trim(), c.Anchor, []))])),
        ];
    }

    private static string NumberLabel(ProvisionDto provision) =>
        provision.Number.Length > 0 ? provision.Number.Trim() : AnchorLabel.InFull(provision.Anchor);

    /// <summary>"Annex", "Annex 2", "Article 4": the words for the section an anchor prefix names.</summary>
    private static string SectionLabel(string section) => AnchorLabel.Capitalised(AnchorLabel.Section(section));
}
