namespace NormsPortal.Data.Model;

/// <summary>
/// The names of work kinds in URLs, the API and the seed files (<c>ga-resolution</c>, <c>report</c> …),
/// so that every outside form of a kind is spelt one way.
/// </summary>
public static class WorkKindNames
{
    private static readonly Dictionary<WorkKind, string> s_names = new()
    {
        [WorkKind.GaResolution] = "ga-resolution",
        [WorkKind.GaDecision] = "ga-decision",
        [WorkKind.DraftResolution] = "draft-resolution",
        [WorkKind.Report] = "report",
        [WorkKind.HrcResolution] = "hrc-resolution",
        [WorkKind.ScResolution] = "sc-resolution",
        [WorkKind.MeetingRecord] = "meeting-record",
        [WorkKind.Other] = "other",
    };

    private static readonly Dictionary<string, WorkKind> s_kinds =
        s_names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in the order of the enum.</summary>
    public static IReadOnlyCollection<string> All => s_names.Values;

    public static string ToName(this WorkKind kind) => s_names[kind];

    public static bool TryParse(string? name, out WorkKind kind) => s_kinds.TryGetValue(name?.Trim() ?? "", out kind);
}
