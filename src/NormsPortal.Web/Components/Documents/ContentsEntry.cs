namespace NormsPortal.Web.Components.Documents;

/// <summary>An entry of a text's table of contents: a label, the anchor it leads to, and entries under it.</summary>
public sealed record ContentsEntry(string Label, string Anchor, IReadOnlyList<ContentsEntry> Children);
