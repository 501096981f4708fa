using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// What the filter box of a vote table matches: any name the State is known by — as recorded, its
/// UN short name, a former name, a common one ("Russia", "USA", "North Korea", "UK") — compared by
/// <see cref="KnownStates.NameKey"/> (case, accents and punctuation aside) from the start of a word
/// ("korea" finds "North Korea", "Russia" does not find "Byelorussian SSR"), or its code.
/// </summary>
public static class CountryVoteFilter
{
    /// <summary>The name keys of <paramref name="vote"/>'s State, to match filters against.</summary>
    public static IReadOnlyList<string> KeysOf(CountryVoteDto vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var names = new List<string> { vote.Name };
        if (KnownStates.Find(vote.Code) is { } state)
        {
            names.Add(state.Code);
            names.Add(state.Name);
            names.AddRange(state.FormerNames);
            names.AddRange(state.Aliases);
        }

        return [.. names.Select(KnownStates.NameKey).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether a State with name keys <paramref name="keys"/> matches what the reader typed (an empty filter matches all).</summary>
    public static bool Matches(IReadOnlyList<string> keys, string filter)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var key = KnownStates.NameKey(filter ?? "");
        return key.Length == 0 || keys.Any(k => k.StartsWith(key, StringComparison.Ordinal) || k.Contains(" " + key, StringComparison.Ordinal));
    }
}
