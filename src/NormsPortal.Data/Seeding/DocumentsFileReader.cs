using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Seeding;

/// <summary>Reads <c>documents.json</c> into <see cref="SeedDocument"/> records.</summary>
internal static class DocumentsFileReader
{
    // The keys of a document's "vote" object: where the decision was taken.
    private static readonly Dictionary<string, VoteStage> s_stages = new(StringComparer.Ordinal)
    {
        ["plenary"] = VoteStage.Plenary,
        ["firstCommittee"] = VoteStage.FirstCommittee,
        ["council"] = VoteStage.HumanRightsCouncil,
    };

    private static readonly Dictionary<string, VoteMode> s_modes = new(StringComparer.Ordinal)
    {
        ["recorded"] = VoteMode.Recorded,
        ["without-vote"] = VoteMode.WithoutVote,
        ["non-recorded"] = VoteMode.NonRecorded,
    };

    public static IReadOnlyList<SeedDocument> Read(string path)
    {
        var file = SeedJson.Read(path, SeedJsonContext.Default.DocumentsFileDto);
        var problems = new SeedProblems(SeedCatalog.DocumentsFile);
        var documents = file.Documents.Select(dto => ToDocument(dto, problems)).ToList();
        problems.ThrowIfAny();
        return documents;
    }

    private static SeedDocument ToDocument(DocumentDto dto, SeedProblems problems)
    {
        var symbol = UnSymbol.Normalise(dto.Symbol);
        if (!WorkKindNames.TryParse(dto.Kind, out var kind))
        {
            problems.Add($"{symbol}: unknown kind \"{dto.Kind}\" (known: {string.Join(", ", WorkKindNames.All)}).");
        }

        return new SeedDocument
        {
            Symbol = symbol,
            Kind = kind,
            Title = dto.Title,
            Body = dto.Body,
            Committee = dto.Committee,
            Session = dto.Session,
            Date = dto.Date,
            DateMeaning = dto.DateMeaning,
            AgendaItem = dto.AgendaItem,
            Related = dto.Related,
            Votes = (dto.Vote ?? []).Select(pair => ToStageVote(symbol, pair.Key, pair.Value, problems)).ToList(),
            OfficialUrl = dto.OfficialUrl,
            Unverified = (dto.Unverified ?? []).Select(pair => new SeedUnverifiedValue(pair.Key, pair.Value)).ToList(),
            Notes = dto.Notes,
            Sources = dto.Sources.Select(pair => new SeedSource(pair.Key, pair.Value)).ToList(),
            DraftSymbol = dto.DraftSymbol is null ? null : UnSymbol.Normalise(dto.DraftSymbol),
            FullTextFile = dto.FullTextFile,
            FullTextNote = dto.FullTextNote,
        };
    }

    private static SeedStageVote ToStageVote(string symbol, string stageKey, StageVoteDto dto, SeedProblems problems)
    {
        if (!s_stages.TryGetValue(stageKey, out var stage))
        {
            problems.Add($"{symbol}: unknown vote stage \"{stageKey}\" (known: {string.Join(", ", s_stages.Keys)}).");
        }

        if (!s_modes.TryGetValue(dto.Mode, out var mode))
        {
            problems.Add($"{symbol}: unknown vote mode \"{dto.Mode}\" at stage {stageKey}.");
        }

        var hasCounts = dto.Yes is not null && dto.No is not null && dto.Abstain is not null;
        var hasAnyCount = dto.Yes is not null || dto.No is not null || dto.Abstain is not null;
        if (mode == VoteMode.Recorded ? !hasCounts : hasAnyCount)
        {
            problems.Add($"{symbol}: the {stageKey} vote is {dto.Mode}, so it needs {(mode == VoteMode.Recorded ? "all three counts" : "no counts")}.");
        }

        return new SeedStageVote(stage, mode, dto.Yes, dto.No, dto.Abstain);
    }
}
