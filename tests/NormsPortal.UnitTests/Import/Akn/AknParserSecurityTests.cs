using System.Text;
using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>Hostile and broken input is refused with an error naming the file (and the element where known); nothing throws.</summary>
public sealed class AknParserSecurityTests
{
    private const string Source = "hostile/A_RES_99_1.xml";

    private static ImportMessage Refused(AknParseResult result, string code)
    {
        Assert.False(result.Succeeded);
        Assert.Empty(result.Documents);
        var error = Assert.Single(result.Messages);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Equal(code, error.Code);
        Assert.Contains(Source, error.Text, StringComparison.Ordinal);
        return error;
    }

    private static AknParseResult Parse(byte[] bytes) => AknParser.Parse(new MemoryStream(bytes), Source);

    private static AknParseResult Parse(string xml) => Parse(Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void Parse_ExternalEntity_IsRefusedAndNothingIsFetched()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            var xml = $"""<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]><akomaNtoso><statement>&xxe;</statement></akomaNtoso>""";

            var error = Refused(Parse(xml), AknMessageCodes.DtdProhibited);

            Assert.DoesNotContain("SECRET-CONTENT", error.Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Parse_EntityExpansionBomb_IsRefused()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        Refused(Parse($"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><akomaNtoso>&lol9;</akomaNtoso>"), AknMessageCodes.DtdProhibited);
    }

    [Fact]
    public void Parse_UndeclaredEntityWithoutDtd_IsMalformed()
    {
        Refused(Parse("<akomaNtoso><statement>&lol9;</statement></akomaNtoso>"), AknMessageCodes.MalformedXml);
    }

    [Fact]
    public void Parse_TruncatedFile_NamesTheElementItStoppedIn()
    {
        var bytes = File.ReadAllBytes(AknTestData.Ict("en", "A_RES_74_28.xml"));
        var truncated = bytes.AsSpan(0, bytes.Length * 3 / 4).ToArray();

        var error = Refused(Parse(truncated), AknMessageCodes.MalformedXml);

        Assert.Contains("akomaNtoso/statement/", error.Location, StringComparison.Ordinal);
        Assert.Contains("line", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BytesThatAreNotTheDeclaredEncoding_AreRefused()
    {
        // "é" in Latin-1 is not UTF-8.
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><akomaNtoso><statement>caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes("</statement></akomaNtoso>")).ToArray();

        Refused(Parse(bytes), AknMessageCodes.BadEncoding);
    }

    [Fact]
    public void Parse_DeclaredUtf16ButWrittenInUtf8_IsRefused()
    {
        var result = Parse("<?xml version=\"1.0\" encoding=\"UTF-16\"?><akomaNtoso/>");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Messages.Single().Code, new[] { AknMessageCodes.BadEncoding, AknMessageCodes.MalformedXml });
    }

    [Fact]
    public void Parse_EmptyStream_IsRefused()
    {
        Refused(Parse([]), AknMessageCodes.EmptyFile);
    }

    [Fact]
    public void Parse_StreamOverFiveMegabytes_IsRefusedBeforeParsing()
    {
        var big = new byte[AknParser.MaxFileBytes + 1];
        Array.Fill(big, (byte)' ');

        Refused(Parse(big), AknMessageCodes.TooLarge);
        Refused(AknParser.Parse(new ForwardOnlyStream(big), Source), AknMessageCodes.TooLarge);
    }

    [Fact]
    public void ParseFile_FileOverFiveMegabytes_IsRefusedBySize()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(AknParser.MaxFileBytes + 1);
            }

            Refused(AknParser.ParseFile(path, Source), AknMessageCodes.TooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ParseFile_MissingFile_IsAnError()
    {
        Refused(AknParser.ParseFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".xml"), Source), AknMessageCodes.Unreadable);
    }

    [Fact]
    public void Parse_NestingBomb_IsRefused()
    {
        var xml = "<akomaNtoso>" + string.Concat(Enumerable.Repeat("<p>", 100_000)) + string.Concat(Enumerable.Repeat("</p>", 100_000)) + "</akomaNtoso>";

        Refused(Parse(xml), AknMessageCodes.TooDeep);
    }

    [Fact]
    public void Parse_SomethingElseThanAkomaNtoso_IsRefused()
    {
        var error = Refused(Parse("<html><body>Not a resolution</body></html>"), AknMessageCodes.NotAkomaNtoso);

        Assert.Contains("<html>", error.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LanguageOutsideTheSix_IsRefused()
    {
        var xml = AknSnippet.Resolution("", AknSnippet.Paragraph("Entscheidet.", "1."), language: "deu");

        Refused(Parse(xml), AknMessageCodes.UnknownLanguage);
    }

    [Fact]
    public void Parse_RandomBytes_AreRefused()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var result = Parse(bytes);

        Assert.False(result.Succeeded);
        Assert.Equal(ImportSeverity.Error, result.Messages.Single().Severity);
    }

    /// <summary>A stream that cannot seek, so its length is unknown until read.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
