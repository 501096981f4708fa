using System.Globalization;
using NormsPortal.Data.Seeding;

namespace NormsPortal.UnitTests.Seeding;

public sealed class HistoricalCountryNamesTests
{
    [Theory]
    [InlineData("RU", "Russia", "1981-12-09", "Union of Soviet Socialist Republics")]
    [InlineData("RU", "Russia", "1991-12-24", "Russia")]
    [InlineData("UA", "Ukraine", "1991-08-23", "Ukrainian Soviet Socialist Republic")]
    [InlineData("UA", "Ukraine", "1991-08-24", "Ukraine")]
    [InlineData("SZ", "Eswatini", "2016-12-05", "Swaziland")]
    [InlineData("SZ", "Eswatini", "2018-04-19", "Eswatini")]
    [InlineData("CD", "Congo - Kinshasa", "1981-12-09", "Zaire")]
    [InlineData("CD", "Congo - Kinshasa", "2008-12-02", "Democratic Republic of the Congo")]
    [InlineData("MM", "Myanmar (Burma)", "1981-12-09", "Burma")]
    [InlineData("MM", "Myanmar (Burma)", "2018-12-05", "Myanmar")]
    [InlineData("BF", "Burkina Faso", "1981-12-09", "Upper Volta")]
    [InlineData("KH", "Cambodia", "1981-12-09", "Democratic Kampuchea")]
    [InlineData("KH", "Cambodia", "2005-12-08", "Cambodia")]
    [InlineData("LY", "Libya", "2008-12-02", "Libyan Arab Jamahiriya")]
    [InlineData("LY", "Libya", "2016-12-05", "Libya")]
    [InlineData("WS", "Samoa", "1981-12-09", "Western Samoa")]
    [InlineData("CI", "Côte d’Ivoire", "1981-12-09", "Ivory Coast")]
    [InlineData("CI", "Côte d’Ivoire", "2005-12-08", "Côte d’Ivoire")]
    [InlineData("CZ", "Czechia", "2008-12-02", "Czech Republic")]
    [InlineData("CZ", "Czechia", "2016-12-05", "Czechia")]
    [InlineData("CS", "Czechoslovakia", "1981-12-09", "Czechoslovakia")]
    [InlineData("MK", "North Macedonia", "2018-12-22", "The former Yugoslav Republic of Macedonia")]
    [InlineData("MK", "North Macedonia", "2019-02-14", "North Macedonia")]
    [InlineData("CV", "Cape Verde", "2008-12-02", "Cape Verde")]
    [InlineData("CV", "Cape Verde", "2016-12-05", "Cabo Verde")]
    [InlineData("YU", "Yugoslavia", "1981-12-09", "Yugoslavia")]
    [InlineData("YU", "Yugoslavia", "2005-12-08", "Serbia and Montenegro")]
    [InlineData("YU", "Yugoslavia", "2006-12-06", "Serbia")]
    [InlineData("TR", "Turkey", "2018-12-05", "Turkey")]
    [InlineData("TR", "Turkey", "2022-06-01", "Türkiye")]
    [InlineData("FR", "France", "1981-12-09", "France")]
    [InlineData(null, "Somewhere", "1981-12-09", "Somewhere")]
    public void NameAt_StateOnADay_IsTheNameItBoreThen(string? code, string nameInData, string date, string expected)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);

        Assert.Equal(expected, HistoricalCountryNames.NameAt(code, nameInData, day));
    }
}
