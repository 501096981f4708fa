namespace NormsPortal.Data.Model;

/// <summary>
/// The one vocabulary of work kinds: each kind's name in URLs, the API and the seed files (<c>ga-resolution</c>,
/// <c>report</c> …), so that every outside form of a kind is spelt one way, and its label in words ("General
/// Assembly resolution") for the pages and the search facets.
/// </summary>
public static class WorkKindNames
{
    /// <summary>The label of a kind the portal does not know (and of <see cref="WorkKind.Other"/>).</summary>
    public const string FallbackLabel = "Other document";

    private static readonly Dictionary<WorkKind, (string Name, string Label)> s_terms = new()
    {
        [WorkKind.GaResolution] = ("ga-resolution", "General Assembly resolution"),
        [WorkKind.GaDecision] = ("ga-decision", "General Assembly decision"),
        [WorkKind.DraftResolution] = ("draft-resolution", "Draft resolution"),
        [WorkKind.Report] = ("report", "Report"),
        [WorkKind.HrcResolution] = ("hrc-resolution", "Human Rights Council resolution"),
        [WorkKind.ScResolution] = ("sc-resolution", "Security Council resolution"),
        [WorkKind.MeetingRecord] = ("meeting-record", "Meeting record"),
        [WorkKind.Other] = ("other", FallbackLabel),
    };

    private static readonly Dictionary<string, WorkKind> s_kinds =
        s_terms.ToDictionary(pair => pair.Value.Name, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name, in the order of the enum.</summary>
    public static IReadOnlyCollection<string> All { get; } = [.. s_terms.Values.Select(t => t.Name)];

    public static string ToName(this WorkKind kind) => s_terms[kind].Name;

    /// <summary>The kind in words: "General Assembly resolution".</summary>
    public static string Label(this WorkKind kind) => s_terms.TryGetValue(kind, out var term) ? term.Label : FallbackLabel;

    /// <summary>The label of the kind named <paramref name="name"/> (<c>ga-resolution</c>); <see cref="FallbackLabel"/> for an unknown name.</summary>
    public static string LabelOf(string? name) => TryParse(name, out var kind) ? kind.Label() : FallbackLabel;

    public static bool TryParse(string? name, out WorkKind kind) => s_kinds.TryGetValue(name?.Trim() ?? "", out kind);

    /// <summary>What the pages, the search and the API say of a kind they do not know, in the same words everywhere.</summary>
    public static string UnknownMessage(string? name) => $"Unknown kind '{name}'. Use one of: {string.Join(", ", All)}.";
}
