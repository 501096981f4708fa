using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// The SHA-256 of a parsed document in a canonical form, stored as <see cref="Expression.ContentHash"/>:
/// parsing the same file again gives the same hash, so its re-import can be recognised and skipped.
/// The canonical form is the document serialised to JSON with every property (so that a field
/// added to <see cref="ParsedDocument"/> later counts without anyone remembering to add it here)
/// in name order, enums by name, except the parser's <see cref="ParsedDocument.Messages"/>: notes
/// about how a text was read are not part of it.
/// </summary>
public static class DocumentContentHash
{
    private static readonly JsonSerializerOptions s_canonical = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MakeCanonical } },
    };

    /// <summary>The hash as 64 lower-case hexadecimal digits.</summary>
    public static string Compute(ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, s_canonical);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }

    private static void MakeCanonical(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (type.Type == typeof(ParsedDocument))
        {
            var messages = type.Properties.Single(p => p.Name == nameof(ParsedDocument.Messages));
            type.Properties.Remove(messages);
        }

        // Reflection does not promise declaration order; names do not move.
        var order = 0;
        foreach (var property in type.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            property.Order = order++;
        }
    }
}
