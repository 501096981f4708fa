using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Features.States;

/// <summary>
/// Which States the votes-side-by-side page shows, read from its address: <c>states=FRA,CHN</c>
/// (codes in any case, or names such as "Russia") and/or <c>preset=p5</c>. What it cannot read is
/// left out with a warning, never silently.
/// </summary>
public static class StateVotesQuery
{
    public const string StatesKey = "states";

    public const string PresetKey = "preset";

    public static StateVotesRequest Parse(string? states, string? preset)
    {
        var chosen = new List<State>();
        var warnings = new List<string>();
        StatePreset? found = null;
        if (!string.IsNullOrWhiteSpace(preset))
        {
            found = StatePresets.Find(preset);
            if (found is null)
            {
                warnings.Add(StatePresets.UnknownMessage(preset));
            }
            else
            {
                chosen.AddRange(found.States);
            }
        }

        foreach (var written in (states ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var state = KnownStates.Find(written) ?? KnownStates.Resolve(written)?.State;
            if (state is null)
            {
                warnings.Add($"No State is known as '{written}'; it is left out.");
            }
            else if (!chosen.Contains(state))
            {
                chosen.Add(state);
            }
        }

        return new StateVotesRequest(chosen, found, warnings);
    }
}

/// <summary>The States to show, the preset they came from (if any) and what was left out.</summary>
public sealed record StateVotesRequest(IReadOnlyList<State> States, StatePreset? Preset, IReadOnlyList<string> Warnings);
