namespace NormsPortal.Web.Components.Documents;

/// <summary>A line of the facts list: a label and its values; no values means "not recorded".</summary>
public sealed record FactRow(string Key, string Label, IReadOnlyList<FactValue> Values)
{
    public bool IsRecorded => Values.Count > 0;
}

/// <summary>
/// One value with where it was seen (<c>Source</c>, null when not recorded) and whether it was
/// confirmed. <c>Url</c> links a value that names a document.
/// </summary>
public sealed record FactValue(string Text, string? Source, bool Verified, string? Url = null);
