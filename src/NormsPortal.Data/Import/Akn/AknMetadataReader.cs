using System.Globalization;
using System.Text.Json;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Reads the UN's <c>metadata.jsonl</c> (one JSON object a line) into
/// <see cref="AknMetadataRecord"/>s. A line that is not a JSON object with a symbol is reported
/// and skipped; the rest of the file is still read.
/// </summary>
public static class AknMetadataReader
{
    /// <summary>The largest metadata file accepted (a session's file is under 1 MB).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The name the UN gives the file in each folder of AKN files.</summary>
    public const string FileName = "metadata.jsonl";

    private static readonly JsonDocumentOptions _jsonOptions = new() { MaxDepth = 8 };

    private static readonly string[] _dateFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "d MMMM yyyy"];

    public static AknMetadataFile ReadFile(string path, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        sourceName ??= path;
        try
        {
            var file = new FileInfo(path);
            if (file.Length > MaxFileBytes)
            {
                return Failed(sourceName, AknMessageCodes.TooLarge, $"{sourceName} is larger than {MaxFileBytes / 1024 / 1024} MB; it is not read.");
            }

            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return Read(reader, sourceName);
        }
        catch (IOException exception)
        {
            return Failed(sourceName, AknMessageCodes.Unreadable, $"{sourceName} could not be read: {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            return Failed(sourceName, AknMessageCodes.Unreadable, $"{sourceName} could not be read: {exception.Message}");
        }
    }

    public static AknMetadataFile Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<AknMetadataRecord>();
        var messages = new List<ImportMessage>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = ReadLine(line, number, out var problem);
            if (record is null)
            {
                messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.MetadataBadLine,
                    $"{sourceName}, line {number}: {problem}; the line is skipped.", $"{sourceName}:{number}"));
            }
            else
            {
                records.Add(record);
            }
        }

        return new AknMetadataFile(sourceName, records, messages);
    }

    /// <summary>One line as a record, or null with the <paramref name="problem"/>.</summary>
    public static AknMetadataRecord? ReadLine(string line, int lineNumber, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(line);
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(line, _jsonOptions);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }

            var symbol = Text(root, "symbol");
            if (symbol is null)
            {
                problem = "no symbol";
                return null;
            }

            return new AknMetadataRecord
            {
                Symbol = symbol,
                Title = Text(root, "title"),
                Session = Text(root, "session"),
                AdoptionMeeting = Text(root, "adoption_meeting"),
                AdoptionDate = Date(Text(root, "adoption_date")),
                OriginatingDocument = Text(root, "originating_document"),
                ReportParagraph = Text(root, "report_paragraph"),
                Committee = Text(root, "committee"),
                AgendaItem = Text(root, "agenda_item"),
                AgendaItemName = Text(root, "agenda_item_name"),
                AdoptionType = Text(root, "adoption_type"),
                InFavourCount = Count(root, "MS_in_favour_count"),
                AgainstCount = Count(root, "MS_against_count"),
                AbstainingCount = Count(root, "MS_abstaining_count"),
                MeetingRecord = Text(root, "pv"),
                InFavour = Names(root, "MS_in_favour"),
                Against = Names(root, "MS_against"),
                Abstaining = Names(root, "MS_abstaining"),
                Sponsors = Names(root, "sponsors"),
                AdditionalSponsors = Names(root, "additional_sponsors"),
                Line = lineNumber,
            };
        }
        catch (JsonException exception)
        {
            problem = "not valid JSON (" + exception.Message.Split('.')[0] + ")";
            return null;
        }
    }

    /// <summary>A text value; "N.A." and blanks are no value.</summary>
    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) || text == "N.A." ? null : text;
    }

    private static int? Count(JsonElement root, string name) =>
        int.TryParse(Text(root, name), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;

    private static DateOnly? Date(string? text) =>
        text is not null && DateTime.TryParseExact(text, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateOnly.FromDateTime(date)
            : null;

    private static List<string> Names(JsonElement root, string name)
    {
        var names = new List<string>();
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString()?.Trim() is { Length: > 0 } text)
                {
                    names.Add(text);
                }
            }
        }

        return names;
    }

    private static AknMetadataFile Failed(string sourceName, string code, string text) =>
        new(sourceName, [], [new ImportMessage(ImportSeverity.Error, code, text, sourceName)]);
}
