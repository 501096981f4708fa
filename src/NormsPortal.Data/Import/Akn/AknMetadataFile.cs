using System.Text.RegularExpressions;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Akn;

/// <summary>The records of one <c>metadata.jsonl</c>, found by the symbol of the document they describe.</summary>
public sealed partial class AknMetadataFile
{
    private readonly Dictionary<string, AknMetadataRecord> _bySymbol = new(StringComparer.Ordinal);

    public AknMetadataFile(string sourceName, IReadOnlyList<AknMetadataRecord> records, IReadOnlyList<ImportMessage> messages)
    {
        SourceName = sourceName;
        Records = records;
        Messages = messages;
        foreach (var record in records)
        {
            _bySymbol.TryAdd(UnSymbol.Normalise(record.Symbol), record);
        }
    }

    public string SourceName { get; }

    public IReadOnlyList<AknMetadataRecord> Records { get; }

    /// <summary>Lines that could not be read (warnings), or why the file could not be read (an error).</summary>
    public IReadOnlyList<ImportMessage> Messages { get; }

    /// <summary>
    /// The record of a document: the one with its symbol, or, for a part such as
    /// <c>A/RES/75/101 B</c>, the record of the file holding all its parts (<c>A/RES/75/101 A-B</c>).
    /// </summary>
    public AknMetadataRecord? Find(string symbol)
    {
        var normal = UnSymbol.Normalise(symbol);
        if (_bySymbol.TryGetValue(normal, out var record))
        {
            return record;
        }

        var part = PartSymbol().Match(normal);
        if (!part.Success)
        {
            return null;
        }

        var letter = part.Groups["letter"].Value[0];
        foreach (var (key, candidate) in _bySymbol)
        {
            var range = PartRange().Match(key);
            if (range.Success && range.Groups["base"].Value == part.Groups["base"].Value
                && letter >= range.Groups["from"].Value[0] && letter <= range.Groups["to"].Value[0])
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<base>.+/[0-9]+) (?<letter>[A-Z])$")]
    private static partial Regex PartSymbol();

    [GeneratedRegex(@"^(?<base>.+/[0-9]+) (?<from>[A-Z]) ?[-–] ?(?<to>[A-Z])$")]
    private static partial Regex PartRange();
}
