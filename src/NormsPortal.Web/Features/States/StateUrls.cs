namespace NormsPortal.Web.Features.States;

/// <summary>The portal's addresses for States: <c>/states</c>, <c>/states/FRA</c> and the votes side by side.</summary>
public static class StateUrls
{
    public const string List = "/states";

    public const string Votes = "/states/votes";

    public static string For(string code) => $"{List}/{Uri.EscapeDataString(code)}";

    /// <summary><c>/states/votes?states=FRA,CHN</c>: the votes of those States side by side.</summary>
    public static string VotesOf(IEnumerable<string> codes) => $"{Votes}?{StateVotesQuery.StatesKey}={Uri.EscapeDataString(string.Join(',', codes))}";

    /// <summary><c>/states/votes?preset=p5</c>: the votes of a preset's States side by side.</summary>
    public static string VotesOfPreset(string preset) => $"{Votes}?{StateVotesQuery.PresetKey}={Uri.EscapeDataString(preset)}";
}
