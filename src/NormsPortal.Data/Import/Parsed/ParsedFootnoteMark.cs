namespace NormsPortal.Data.Import.Parsed;

/// <summary>A footnote marker at <paramref name="Offset"/> (characters into the provision's text) pointing at <paramref name="FootnoteAnchor"/>.</summary>
public sealed record ParsedFootnoteMark(int Offset, string FootnoteAnchor);
