namespace NormsPortal.Benchmarks;

/// <summary>One timed request: a search query or a page address, with the category the report groups it under.</summary>
internal sealed record BenchmarkRequest(string Category, string Text);
