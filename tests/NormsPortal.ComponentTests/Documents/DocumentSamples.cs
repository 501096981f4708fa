using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>Small documents shaped like the API's, for the document page's components.</summary>
internal static class DocumentSamples
{
    public static ProvisionDto Provision(
        string anchor,
        string text,
        string kind = "Operative",
        string number = "",
        string? parent = null,
        IReadOnlyList<FootnoteMarkDto>? marks = null,
        IReadOnlyList<ReferenceDto>? references = null) =>
        new(anchor, kind, number, text, parent, DocumentUrls.For("A/RES/73/27", anchor), marks ?? [], references ?? []);

    /// <summary>Two preambular paragraphs, operative paragraph 1 with items 1.1 and 1.6, paragraph 4 with (a), one footnote.</summary>
    public static DocumentTextDto Text(string language = "en") => new(
        language,
        "sample.txt",
        null,
        [
            Provision("pp1", "Recalling its resolution 36/103 of 9 December 1981,", "Preamble",
                references: [new ReferenceDto(25, 6, "36/103", "A/RES/36/103", null, true, "/documents/A/RES/36/103")]),
            Provision("pp2", "Welcoming the reports of the Group,", "Preamble", marks: [new FootnoteMarkDto(34, "fn1")]),
            Provision("op1", "Welcomes the following norms:", number: "1"),
            Provision("op1.1", "States should cooperate.", "Item", "1.1", "op1"),
            Provision("op1.6", "A State should not damage critical infrastructure, see A/77/275.", "Item", "1.6", "op1",
                references: [new ReferenceDto(55, 8, "A/77/275", "A/77/275", null, false, "https://undocs.org/A/77/275")]),
            Provision("op4", "Invites views on:", number: "4"),
            Provision("op4a", "General appreciation;", "Item", "(a)", "op4"),
        ],
        [Provision("fn1", "A/65/201.", "Footnote", "1")]);

    /// <summary><paramref name="text"/> headed by its enacting formula, as the importers store it.</summary>
    public static DocumentTextDto WithFormula(DocumentTextDto text, string formula) =>
        text with { Provisions = [Provision("formula", formula, "Formula"), .. text.Provisions] };

    public static FactDto Fact(string key, string value, bool verified = true, string? source = "seed file") =>
        new(key, value, source, verified, verified ? "Seed" : "Import");

    public static DocumentDto Document(
        string kind = "ga-resolution",
        IReadOnlyList<FactDto>? facts = null,
        IReadOnlyList<string>? languages = null,
        DocumentTextDto? text = null,
        IReadOnlyList<VoteDto>? votes = null,
        IReadOnlyList<SponsorDto>? sponsors = null,
        IReadOnlyList<TrackPlaceDto>? tracks = null,
        IReadOnlyList<RelationDto>? relations = null,
        IReadOnlyList<CitingProvisionDto>? citedBy = null) =>
        new(
            "A/RES/73/27",
            kind,
            "Developments in the field of information and telecommunications",
            "General Assembly",
            "First Committee",
            new DateOnly(2018, 12, 5),
            73,
            "https://undocs.org/A/RES/73/27",
            null,
            facts ?? [],
            languages ?? ["en"],
            text,
            votes ?? [],
            sponsors ?? [],
            tracks ?? [],
            relations ?? [],
            [],
            citedBy ?? []);

    public static VoteDto Vote(
        string stage = "Plenary",
        int? yes = 119,
        int? no = 46,
        int? abstain = 14,
        bool verified = true,
        string mode = "Recorded",
        string subject = "WholeText",
        string? detail = null,
        IReadOnlyList<CountryVoteDto>? countries = null) =>
        new(stage, subject, detail, mode, yes, no, abstain, new DateOnly(2018, 12, 5), "45th plenary meeting", "voting data", verified, countries ?? []);
}
