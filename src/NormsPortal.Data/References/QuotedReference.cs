using NormsPortal.Data.Model;

namespace NormsPortal.Data.References;

/// <summary>
/// A <see cref="TextReference"/> with the words just before and after its quote (as a W3C text quote
/// selector has them): a passage that bookmarks and annotations keep. The context tells one occurrence of
/// the quote from another, and finds the passage again when a re-import moved it to another paragraph.
/// </summary>
public sealed record QuotedReference(TextReference Reference, string Prefix = "", string Suffix = "");
