using NormsPortal.Data.Vocabulary;

namespace NormsPortal.UnitTests.Vocabularies;

public sealed class KnownStatesTests
{
    [Fact]
    public void Members_AreThe193_InTheFiveRegionalGroups()
    {
        Assert.Equal(193, KnownStates.Members.Count);
        var sizes = KnownStates.Members.GroupBy(s => s.Group).ToDictionary(g => g.Key!.Value, g => g.Count());
        Assert.Equal(54, sizes[RegionalGroup.African]);
        Assert.Equal(54, sizes[RegionalGroup.AsiaPacific]);
        Assert.Equal(23, sizes[RegionalGroup.EasternEuropean]);
        Assert.Equal(33, sizes[RegionalGroup.LatinAmericanAndCaribbean]);
        Assert.Equal(29, sizes[RegionalGroup.WesternEuropeanAndOthers]);
    }

    [Fact]
    public void PermanentMembers_AreTheFive()
    {
        Assert.Equal(["CHN", "FRA", "RUS", "GBR", "USA"], KnownStates.PermanentMembers.Select(s => s.Code));
    }

    [Fact]
    public void Codes_AreUniqueThreeUpperCaseLetters()
    {
        Assert.All(KnownStates.All, s => Assert.Matches("^[A-Z]{3}$", s.Code));
        Assert.Equal(KnownStates.All.Count, KnownStates.All.Select(s => s.Code).Distinct().Count());
    }

    [Fact]
    public void NamesAliasesAndFormerNames_EachMeanOneState()
    {
        var keys = KnownStates.All
            .SelectMany(s => s.Aliases.Concat(s.FormerNames).Append(s.Name).Select(n => (Key: KnownStates.NameKey(n), s.Code)))
            .Distinct()
            .GroupBy(n => n.Key)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(keys);
    }

    [Fact]
    public void Names_AreInNormalCase()
    {
        Assert.All(KnownStates.All, s => Assert.NotEqual(s.Name.ToUpperInvariant(), s.Name));
        Assert.Equal("Côte d'Ivoire", KnownStates.Find("CIV")!.Name);
        Assert.Equal("Democratic People's Republic of Korea", KnownStates.Find("PRK")!.Name);
        Assert.Equal("Russian Federation", KnownStates.Find("RUS")!.Name);
    }

    [Theory]
    [InlineData("Russia", "RUS")]
    [InlineData("RUSSIAN FEDERATION", "RUS")]
    [InlineData("USA", "USA")]
    [InlineData("United States", "USA")]
    [InlineData("UNITED STATES", "USA")]
    [InlineData("North Korea", "PRK")]
    [InlineData("DEMOCRATIC PEOPLE’S REPUBLIC OF KOREA", "PRK")]
    [InlineData("UK", "GBR")]
    [InlineData("Britain", "GBR")]
    [InlineData("UNITED KINGDOM", "GBR")]
    [InlineData("South Korea", "KOR")]
    [InlineData("Iran", "IRN")]
    [InlineData("IRAN (ISLAMIC REPUBLIC OF)", "IRN")]
    [InlineData("Syria", "SYR")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("VIET NAM", "VNM")]
    [InlineData("Laos", "LAO")]
    [InlineData("Bolivia", "BOL")]
    [InlineData("Venezuela", "VEN")]
    [InlineData("Tanzania", "TZA")]
    [InlineData("Moldova", "MDA")]
    [InlineData("Czechia", "CZE")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("Turkey", "TUR")]
    [InlineData("TÜRKİYE", "TUR")]
    [InlineData("TURKIYE", "TUR")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("COTE D'IVOIRE", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("St. Kitts & Nevis", "KNA")]
    [InlineData("São Tomé & Príncipe", "STP")]
    [InlineData("Congo - Kinshasa", "COD")]
    [InlineData("Congo - Brazzaville", "COG")]
    [InlineData(" MADAGASCAR", "MDG")]
    [InlineData("NETHERLANDS (KINGDOM OF THE)", "NLD")]
    [InlineData("Union of Soviet Socialist Republics", "RUS")]
    [InlineData("Yemen People's Republic", "YMD")]
    public void Resolve_CommonAndRecordedNames_FindTheirState(string name, string code)
    {
        Assert.Equal(code, KnownStates.Resolve(name)?.State.Code);
    }

    [Theory]
    [InlineData("RUSSIAN FEDERATION", "Russian Federation")]
    [InlineData("Russia", "Russian Federation")]
    [InlineData("COTE D'IVOIRE", "Côte d'Ivoire")]
    [InlineData("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "Democratic People's Republic of Korea")]
    [InlineData("Union of Soviet Socialist Republics", "Union of Soviet Socialist Republics")]
    [InlineData("SWAZILAND", "Swaziland")]
    [InlineData("TURKEY", "Turkey")]
    public void Resolve_ShowsTheUnNameInNormalCase_OrTheFormerNameTheRecordUsed(string name, string shown)
    {
        Assert.Equal(shown, KnownStates.Resolve(name)?.NameThen);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("Korea")]
    public void Resolve_ANameOfNoState_IsNull(string name)
    {
        Assert.Null(KnownStates.Resolve(name));
    }

    [Theory]
    [InlineData("fra", "FRA")]
    [InlineData("FRA", "FRA")]
    [InlineData("Rus", "RUS")]
    public void Find_TakesTheCodeInAnyCase(string code, string expected)
    {
        Assert.Equal(expected, KnownStates.Find(code)?.Code);
    }

    [Theory]
    [InlineData("FRA", true)]
    [InlineData("xyz", true)]
    [InlineData("FR", false)]
    [InlineData("FRAN", false)]
    [InlineData("F1A", false)]
    [InlineData("ÉTA", false)]
    public void IsWellFormedCode_IsThreeLatinLetters(string code, bool wellFormed)
    {
        Assert.Equal(wellFormed, KnownStates.IsWellFormedCode(code));
    }
}
