using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>Where one shown value was seen (null when not recorded) and whether an official UN source confirms it.</summary>
public sealed record ProvenanceEntry(string Label, string Value, string? Source, bool Verified)
{
    /// <summary>
    /// Each value the page shows under Facts and Votes, with its source, in the page's order. A vote
    /// is confirmed when a curator verified it or its source is an official UN one
    /// (<see cref="OfficialSources.AreNamedIn"/>, the rule facts are written by).
    /// </summary>
    public static IReadOnlyList<ProvenanceEntry> For(DocumentDto document, IReadOnlyList<FactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rows);
        var facts = rows
            .Where(row => row.Key != "symbol")
            .SelectMany(row => row.Values.Select(value => new ProvenanceEntry(row.Label, value.Text, value.Source, value.Verified)));
        var votes = document.Votes.Select(vote => new ProvenanceEntry(
            $"Vote ({VoteLabels.Stage(vote.Stage)})", VoteLabels.Subject(vote), vote.Source, IsConfirmed(vote)));
        return [.. facts, .. votes];
    }

    /// <summary>Whether a vote is shown as confirmed: a curator verified it, or an official UN source reports it.</summary>
    public static bool IsConfirmed(VoteDto vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Verified || OfficialSources.AreNamedIn(vote.Source);
    }
}
