using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Storage;

/// <summary>One document of a batch, with how to store it.</summary>
public sealed record ImportRequest(ParsedDocument Document, ImportOptions? Options = null);
