using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.UnText;
using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Model;

public sealed class OfficialSourcesTests
{
    [Fact]
    public void NameDocument_CitesTheUnsFileAsAReaderWould_NeverAsAPath()
    {
        Assert.Equal("UN AKN file of A/RES/75/240, English", OfficialSources.NameDocument("A/RES/75/240", "en", AknParser.SourceFormat));
        Assert.Equal("UN document A/C.1/73/L.27/Rev.1 (text of its PDF), French", OfficialSources.NameDocument("A/C.1/73/L.27/Rev.1", "fr", UnTextParser.SourceFormat));
    }

    [Theory]
    [InlineData("UN AKN file of A/RES/75/240, English", true)]
    [InlineData("UN AKN metadata of A/RES/75/240", true)]
    [InlineData("page http(s)://www.un.org/disarmament/topics/informationsecurity/ (web page)", true)]
    [InlineData("un.org/documents/ga/res/36/a36r103.htm: adopted at the 91st plenary meeting", true)]
    [InlineData("page https://static.un.org/press/en/2018/gadis3619.doc.htm (GA/DIS/3619)", true)]
    [InlineData("page https://undocs.org/A/65/201", true)]
    [InlineData("Voeten UNGA voting data short title; page https://www.girlsrightsplatform.org/en/entity/rvqt8e7r19", false)]
    [InlineData("page https://cyberpolicyportal.org/en/organizations/unitednations", false)]
    [InlineData("https://right-docs.org/doc/a-hrc-res-26-13", false)]
    [InlineData("date as recalled in the 73/27 draft (A/C.1/73/L.27/Rev.1)", false)]
    [InlineData(null, false)]
    public void AreNamedIn_OnlyAnOfficialUnSourceCounts(string? source, bool official) =>
        Assert.Equal(official, OfficialSources.AreNamedIn(source));
}
