using System.Text.Json.Serialization;

namespace NormsPortal.Data.Seeding;

// The JSON seed files exactly as written. Every property a file has is declared here, and
// SeedJsonContext refuses unknown ones: a field added to a file must be mapped somewhere before
// it can be seeded, so nothing in a file is silently dropped. The readers turn these into the
// catalogue's records.

internal sealed class DocumentsFileDto
{
    public string? About { get; init; }

    public required List<DocumentDto> Documents { get; init; }
}

internal sealed class DocumentDto
{
    public required string Symbol { get; init; }

    public required string Kind { get; init; }

    public required string? Title { get; init; }

    public required string? Body { get; init; }

    public required string? Committee { get; init; }

    public required int? Session { get; init; }

    public required DateOnly? Date { get; init; }

    public required string DateMeaning { get; init; }

    public required string? AgendaItem { get; init; }

    public required string? Related { get; init; }

    public required OrderedDictionary<string, StageVoteDto>? Vote { get; init; }

    public required string? OfficialUrl { get; init; }

    public required OrderedDictionary<string, string>? Unverified { get; init; }

    public required string? Notes { get; init; }

    public required OrderedDictionary<string, string> Sources { get; init; }

    public string? DraftSymbol { get; init; }

    public string? FullTextFile { get; init; }

    public string? FullTextNote { get; init; }
}

internal sealed class StageVoteDto
{
    public required string Mode { get; init; }

    public int? Yes { get; init; }

    public int? No { get; init; }

    public int? Abstain { get; init; }
}

internal sealed class SeriesFileDto
{
    public string? About { get; init; }

    public required List<string> Precursors { get; init; }

    public required List<TrackDto> Tracks { get; init; }

    public required List<ReportDto> Reports { get; init; }
}

internal sealed class TrackDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required List<string> Members { get; init; }
}

internal sealed class ReportDto
{
    public required string Symbol { get; init; }

    public required string Group { get; init; }

    public required string EndorsedBy { get; init; }
}

internal sealed class NormSourcesFileDto
{
    public string? About { get; init; }

    public required List<NormDto> Norms { get; init; }
}

internal sealed class NormDto
{
    public required string Number { get; init; }

    public required string Label { get; init; }

    public required List<string>? Gge2015 { get; init; }

    public EarlierSourceDto? Earlier { get; init; }
}

internal sealed class EarlierSourceDto
{
    public required string Document { get; init; }

    public required string Paragraph { get; init; }

    public required bool Verified { get; init; }

    public required string Note { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DocumentsFileDto))]
[JsonSerializable(typeof(SeriesFileDto))]
[JsonSerializable(typeof(NormSourcesFileDto))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
