namespace NormsPortal.Data.Import.Parsed;

/// <summary>A hyperlink in a provision: its place in the text and where it points.</summary>
public sealed record ParsedLink(string ProvisionAnchor, int Start, int Length, string Href, string Text);
