using System.Text.Json.Serialization;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// Where a passage's wording appears. <see cref="Items"/> is every paragraph reusing it, in date order
/// (ties by symbol, then anchor), not paged; the passage's own paragraph is not an item.
/// <see cref="Earliest"/> is the earliest appearance: the first item, or the passage's own paragraph when
/// that is older (null when the wording appears nowhere else). <see cref="Counts"/> counts the texts and
/// sessions using the wording, the passage's own text included. <see cref="Segments"/> is for a pasted text
/// only: the text cut into stretches of agreed and of new wording, in order.
/// </summary>
public sealed record AgreedLanguageAnswer(
    [property: ApiVocabulary(ApiVocabulary.Language)] string Language,
    string Passage,
    IReadOnlyList<AgreedLanguageItem> Items,
    AgreedLanguageItem? Earliest,
    AgreedLanguageCounts Counts,
    IReadOnlyList<AgreedLanguageSegment>? Segments);

/// <summary>
/// One paragraph using the passage's wording: where it is (<see cref="Url"/> is the document page at the
/// paragraph, <see cref="AnchorLabel"/> the anchor in words), when (the work's date), how much of the
/// passage's specific wording it holds (<see cref="Similarity"/>, 0–1, formulaic phrases weighing little),
/// its text, and the word-level differences from the passage. <see cref="Track"/> and <see cref="Year"/>
/// group the items as the pages show them.
/// </summary>
public sealed record AgreedLanguageItem(
    string Symbol,
    string Anchor,
    DateOnly? Date,
    double Similarity,
    string Text,
    IReadOnlyList<WordDifference> Differences,
    [property: ApiVocabulary(ApiVocabulary.WorkKind)] string Kind,
    string? Title,
    AgreedLanguageTrack? Track,
    int? Year,
    string Url,
    string AnchorLabel)
{
    /// <summary>The paragraph holds the passage word for word (case and punctuation aside).</summary>
    public bool Verbatim => Differences.All(d => d.Kind == WordChangeKind.Same);
}

/// <summary>The track a work belongs to (its key and title), for grouping.</summary>
public sealed record AgreedLanguageTrack(string Key, string Title);

/// <summary>How many texts (works) and sessions have used the wording.</summary>
public sealed record AgreedLanguageCounts(int Texts, int Sessions);

/// <summary>
/// A run of words in a diff from the passage to an item: <see cref="WordChangeKind.Same"/> in both,
/// <see cref="WordChangeKind.Deleted"/> in the passage only, <see cref="WordChangeKind.Inserted"/> in the
/// item only. Reading the runs that are not inserted gives the passage, those not deleted the item's text.
/// </summary>
public sealed record WordDifference(string Text, WordChangeKind Kind);

/// <summary>What a run of a word diff is (<see cref="WordDifference"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WordChangeKind>))]
public enum WordChangeKind
{
    [JsonStringEnumMemberName("same")]
    Same,

    [JsonStringEnumMemberName("inserted")]
    Inserted,

    [JsonStringEnumMemberName("deleted")]
    Deleted,
}

/// <summary>
/// A stretch of a pasted text, from <see cref="Start"/> for <see cref="Length"/> characters: agreed language
/// (held texts use its wording; <see cref="EarliestSource"/> is where it first appeared and
/// <see cref="ReuseCount"/> how many texts use it) or new wording (no source, count 0).
/// </summary>
public sealed record AgreedLanguageSegment(
    string Text,
    int Start,
    int Length,
    bool Agreed,
    AgreedLanguageItem? EarliestSource,
    int ReuseCount);
