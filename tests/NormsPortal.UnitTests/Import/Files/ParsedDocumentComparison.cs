using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.UnitTests.Import.Files;

/// <summary>
/// A parsed document as indented JSON with everything a reader sees (heading facts, provisions with
/// anchors and footnote marks, footnotes, sponsors) and without what says how it was read (its
/// source name and format, the parser's messages), so that two readings of one text compare equal
/// and a difference shows where it is.
/// </summary>
internal static class ParsedDocumentComparison
{
    private static readonly string[] s_howItWasRead = [nameof(ParsedDocument.Messages), nameof(ParsedDocument.SourceName), nameof(ParsedDocument.SourceFormat), nameof(ParsedDocument.CitedSource)];

    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutHowItWasRead } },
    };

    public static string Content(ParsedDocument document) => JsonSerializer.Serialize(document, s_options);

    private static void LeaveOutHowItWasRead(JsonTypeInfo type)
    {
        if (type.Type != typeof(ParsedDocument))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => s_howItWasRead.Contains(p.Name)).ToList())
        {
            type.Properties.Remove(property);
        }
    }
}
