using System.Text;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.UnText;

/// <summary>Reads a UN text file (UTF-8) and parses it with <see cref="UnTextParser"/>.</summary>
public static class UnTextFile
{
    /// <param name="path">The file; its name gives the symbol (<c>A_C.1_73_L.27_Rev.1.txt</c>) unless <paramref name="symbol"/> is given.</param>
    /// <param name="symbol">The document's symbol, when the file name does not carry it.</param>
    /// <param name="language">Two-letter language code of the text.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ParsedDocument> ParseAsync(string path, string? symbol = null, string language = Languages.English, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        var fileName = Path.GetFileName(path);
        return UnTextParser.Parse(text, symbol ?? UnSymbol.FromFileName(fileName), fileName, language);
    }
}
