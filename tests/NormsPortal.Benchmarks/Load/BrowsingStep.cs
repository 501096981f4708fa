namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// One thing a reader does: an <see cref="Action"/> ("norm", "document", "search", "cross-reference") that brings up
/// <see cref="Path"/>, done only once every one of <see cref="MustRender"/> has come in a render batch (the strings a
/// batch carries are the page's own text and attribute values, so a step that renders the wrong page, or nothing, fails).
/// </summary>
internal sealed record BrowsingStep(string Action, string Path, IReadOnlyList<string> MustRender);
