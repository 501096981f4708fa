namespace NormsPortal.Data.Import.Storage;

/// <summary>Reported after each document of a batch: how many are done and what happened to the last one.</summary>
public sealed record ImportProgress(int Processed, DocumentImportResult Latest);
