using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.Files;

/// <summary>
/// What the reader needs to know of a file besides its bytes. <paramref name="SourceName"/> (the
/// file's name) names it in messages and gives the symbol of a PDF, Word or text file when
/// <paramref name="Symbol"/> is not given (<c>A_C.1_73_L.27_Rev.1.pdf</c>); an Akoma Ntoso file
/// carries its own. <paramref name="Language"/> is the language of a PDF, Word or text file.
/// </summary>
public sealed record ImportFileRequest(string SourceName, string? Symbol = null, string Language = Languages.English);
