using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Citations;
using static NormsPortal.UnitTests.Citations.CitationSamples;

namespace NormsPortal.UnitTests.Citations;

public sealed class CitationExportsTests
{
    private static readonly Uri s_paragraphUrl = new("https://normsportal.example/documents/A/RES/73/27#op1.6");

    [Fact]
    public void CslJson_IsAnArrayOfOneLegislationItem_WithTheSchemaFields()
    {
        using var json = JsonDocument.Parse(CitationExports.CslJson(At(Resolution73_27, "op1.6"), s_paragraphUrl));

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("A/RES/73/27#op1.6", item.GetProperty("id").GetString());
        Assert.Equal("legislation", item.GetProperty("type").GetString());
        Assert.Equal("A/RES/73/27", item.GetProperty("number").GetString());
        Assert.Equal(Resolution73_27.Title, item.GetProperty("title").GetString());
        Assert.Equal("United Nations General Assembly", item.GetProperty("publisher").GetString());
        Assert.Equal("United Nations General Assembly", item.GetProperty("authority").GetString());
        Assert.Equal("para. 1.6", item.GetProperty("section").GetString());
        Assert.Equal(s_paragraphUrl.AbsoluteUri, item.GetProperty("URL").GetString());
        var dateParts = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
        Assert.Equal([2018, 12, 5], dateParts);
    }

    [Fact]
    public void CslJson_Report_IsOfTypeReport_AndWithoutDateHasNoIssued()
    {
        var undated = Report70_174 with { Date = null };

        using var json = JsonDocument.Parse(CitationExports.CslJson(At(undated, null), new Uri("https://normsportal.example/documents/A/70/174")));

        var item = json.RootElement[0];
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal("A/70/174", item.GetProperty("id").GetString());
        Assert.False(item.TryGetProperty("issued", out _));
        Assert.False(item.TryGetProperty("section", out _));
    }

    [Fact]
    public void BibTex_Resolution_IsAMiscEntry_WithBracedValuesAndMonthMacro()
    {
        var bibtex = CitationExports.BibTex(At(Resolution73_27, "op1.6"), s_paragraphUrl);

        Assert.Equal(
            "@misc{A-RES-73-27_op1.6,\n"
            + "  author = {{United Nations General Assembly}},\n"
            + "  title = {{Developments in the field of information and telecommunications in the context of international security}},\n"
            + "  type = {Resolution},\n"
            + "  number = {A/RES/73/27},\n"
            + "  year = {2018},\n"
            + "  month = dec,\n"
            + "  date = {2018-12-05},\n"
            + "  note = {para. 1.6},\n"
            + "  url = {https://normsportal.example/documents/A/RES/73/27#op1.6}\n"
            + "}\n",
            bibtex);
    }

    [Fact]
    public void BibTex_Report_IsATechReport_WithInstitution()
    {
        var bibtex = CitationExports.BibTex(At(Report70_174, "op13f"), new Uri("https://normsportal.example/documents/A/70/174#op13f"));

        Assert.StartsWith("@techreport{A-70-174_op13f,\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  institution = {United Nations General Assembly},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  note = {para. 13 (f)},\n", bibtex, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTex_EscapesTexSpecialCharacters()
    {
        var work = Resolution73_27 with { Title = "R&D, 100% of $5 #1 under_score {x} ~ ^ \\ end" };

        var bibtex = CitationExports.BibTex(At(work, null), new Uri("https://normsportal.example/documents/A/RES/73/27"));

        Assert.Contains(
            @"  title = {{R\&D, 100\% of \$5 \#1 under\_score \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} end}},",
            bibtex,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_HasTypeFieldsAndEndRecord_WithCrLf()
    {
        var ris = CitationExports.Ris(At(Resolution73_27, "op1.6"), s_paragraphUrl);

        Assert.Equal(
            "TY  - LEGAL\r\n"
            + "TI  - Developments in the field of information and telecommunications in the context of international security\r\n"
            + "AU  - United Nations General Assembly\r\n"
            + "PB  - United Nations General Assembly\r\n"
            + "M1  - A/RES/73/27\r\n"
            + "M3  - Resolution\r\n"
            + "PY  - 2018\r\n"
            + "DA  - 2018/12/05\r\n"
            + "SE  - para. 1.6\r\n"
            + "UR  - https://normsportal.example/documents/A/RES/73/27#op1.6\r\n"
            + "ER  - \r\n",
            ris);
    }

    [Fact]
    public void Ris_WithoutTitleOrDate_LeavesThoseLinesOut()
    {
        var ris = CitationExports.Ris(At(new CitableWork("A/70/174", WorkKind.Report, null, null, []), null), new Uri("https://normsportal.example/documents/A/70/174"));

        Assert.StartsWith("TY  - RPRT\r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("TI  -", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("PY  -", ris, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/73/27", "op1.6", CitationFormat.BibTex, "A_RES_73_27-op1.6.bib")]
    [InlineData("A/RES/43/78 H", null, CitationFormat.Ris, "A_RES_43_78_H.ris")]
    [InlineData("A/C.1/73/L.27/Rev.1", "pp3", CitationFormat.CslJson, "A_C.1_73_L.27_Rev.1-pp3.json")]
    public void FileName_IsSafeAndNamesTheParagraph(string symbol, string? anchor, CitationFormat format, string expected) =>
        Assert.Equal(expected, CitationExports.FileName(At(new CitableWork(symbol, WorkKind.GaResolution, null, null, []), anchor), format));
}
