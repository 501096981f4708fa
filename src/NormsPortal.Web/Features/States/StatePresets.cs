using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.States;

/// <summary>Sets of States to compare at once: the five permanent members and each regional group.</summary>
public static class StatePresets
{
    public const string PermanentMembers = "p5";

    /// <summary>Each preset's key (as the address writes it), its label and its States.</summary>
    public static IReadOnlyList<StatePreset> All { get; } =
    [
        new(PermanentMembers, "Permanent members of the Security Council (P5)", KnownStates.PermanentMembers),
        Group("african", RegionalGroup.African),
        Group("asia-pacific", RegionalGroup.AsiaPacific),
        Group("eastern-european", RegionalGroup.EasternEuropean),
        Group("grulac", RegionalGroup.LatinAmericanAndCaribbean),
        Group("weog", RegionalGroup.WesternEuropeanAndOthers),
    ];

    /// <summary>The preset with <paramref name="key"/>, in any case; null for an unknown one.</summary>
    public static StatePreset? Find(string? key) =>
        All.FirstOrDefault(p => string.Equals(p.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What the pages and the API say of an unknown preset, in the same words everywhere.</summary>
    public static string UnknownMessage(string? key) => $"Unknown preset '{key}'. Use one of: {string.Join(", ", All.Select(p => p.Key))}.";

    /// <summary>The key of <paramref name="group"/>'s preset ("weog").</summary>
    public static string KeyOf(RegionalGroup group) => All.First(p => p.Group == group).Key;

    private static StatePreset Group(string key, RegionalGroup group) =>
        new(key, KnownStates.GroupName(group), [.. KnownStates.Members.Where(s => s.Group == group)], group);
}

/// <summary>A set of States to compare; <see cref="Group"/> is set for a regional group's.</summary>
public sealed record StatePreset(string Key, string Label, IReadOnlyList<State> States, RegionalGroup? Group = null);
