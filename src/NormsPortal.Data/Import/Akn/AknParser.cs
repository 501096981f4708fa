using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Reads the UN's Akoma Ntoso (AKN4UN) XML of General Assembly resolutions into
/// <see cref="ParsedDocument"/>s. Pure parsing: no database, no network, no file outside the
/// one given. Hostile or broken input (a DTD, an entity bomb, truncated or wrongly encoded XML,
/// an empty or oversized file) is refused with an error message naming the file and, where
/// known, the element; nothing the input does makes these methods throw.
/// </summary>
public static class AknParser
{
    /// <summary>The largest file accepted. The UN's largest resolution (the Cybercrime Convention, in Arabic) is 0.4 MB.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The <see cref="ParsedDocument.SourceFormat"/> of what this parser reads.</summary>
    public const string SourceFormat = "akn";

    /// <summary>Reads AKN XML from a stream (which stays open). <paramref name="sourceName"/> names it in messages.</summary>
    public static AknParseResult Parse(Stream xml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sourceName);
        byte[] content;
        try
        {
            if (xml.CanSeek && xml.Length - xml.Position > MaxFileBytes)
            {
                return TooLarge(sourceName, xml.Length - xml.Position);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = xml.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxFileBytes)
                {
                    return TooLarge(sourceName, buffer.Length);
                }
            }

            content = buffer.ToArray();
        }
        catch (IOException exception)
        {
            return Unreadable(sourceName, exception.Message);
        }
        catch (NotSupportedException exception)
        {
            return Unreadable(sourceName, exception.Message);
        }

        return Parse(content, sourceName);
    }

    /// <summary>Reads an AKN file, checking its size before opening it. <paramref name="sourceName"/> defaults to the path.</summary>
    public static AknParseResult ParseFile(string path, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        sourceName ??= path;
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Unreadable(sourceName, "the file does not exist");
            }

            if (file.Length > MaxFileBytes)
            {
                return TooLarge(sourceName, file.Length);
            }

            return Parse(File.ReadAllBytes(path), sourceName);
        }
        catch (IOException exception)
        {
            return Unreadable(sourceName, exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            return Unreadable(sourceName, exception.Message);
        }
    }

    private static AknParseResult Parse(byte[] content, string sourceName)
    {
        if (content.Length == 0)
        {
            return AknParseResult.Failure(sourceName, new ImportMessage(ImportSeverity.Error, AknMessageCodes.EmptyFile,
                $"{sourceName} is empty (0 bytes): there is no document to read.", sourceName));
        }

        var root = SafeXmlLoader.Load(content, sourceName, out var error);
        if (root is null)
        {
            return AknParseResult.Failure(sourceName, error!);
        }

        var messages = new List<ImportMessage>();
        try
        {
            var documents = AknDocumentReader.Read(root, sourceName, messages);
            return new AknParseResult(sourceName, documents, messages);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            // Well-formed XML in a shape no UN file has shown: one file fails, the import goes on.
            return AknParseResult.Failure(sourceName, new ImportMessage(ImportSeverity.Error, AknMessageCodes.Unreadable,
                $"{sourceName} is well-formed but could not be read as a resolution ({exception.GetType().Name}: {exception.Message}).", sourceName));
        }
    }

    private static AknParseResult TooLarge(string sourceName, long length) =>
        AknParseResult.Failure(sourceName, new ImportMessage(ImportSeverity.Error, AknMessageCodes.TooLarge,
            $"{sourceName} is {length / 1024 / 1024.0:0.0} MB, more than the {MaxFileBytes / 1024 / 1024} MB an AKN resolution can plausibly be; it is not read.", sourceName));

    private static AknParseResult Unreadable(string sourceName, string reason) =>
        AknParseResult.Failure(sourceName, new ImportMessage(ImportSeverity.Error, AknMessageCodes.Unreadable,
            $"{sourceName} could not be read: {reason}", sourceName));
}
