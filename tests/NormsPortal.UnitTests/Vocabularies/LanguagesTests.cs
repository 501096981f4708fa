using NormsPortal.Data.Vocabulary;

namespace NormsPortal.UnitTests.Vocabularies;

public sealed class LanguagesTests
{
    [Fact]
    public void Official_AreTheSix_InTheUnOrder()
    {
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], Languages.Official);
        Assert.Equal(Languages.Official, Languages.All.Select(l => l.Code));
    }

    [Fact]
    public void EveryLanguage_HasNamesAndADirection()
    {
        Assert.All(Languages.All, language =>
        {
            Assert.False(string.IsNullOrWhiteSpace(language.EnglishName));
            Assert.False(string.IsNullOrWhiteSpace(language.NativeName));
            Assert.Contains(language.Direction, new[] { "ltr", "rtl" });
            Assert.NotEmpty(language.ThreeLetterCodes);
        });
    }

    [Fact]
    public void OnlyArabic_IsWrittenRightToLeft()
    {
        Assert.Equal(["ar"], Languages.All.Where(l => l.IsRightToLeft).Select(l => l.Code));
        Assert.Equal("rtl", Languages.Direction("ar"));
        Assert.Equal("ltr", Languages.Direction("zh"));
    }

    [Theory]
    [InlineData("fr", "French", "Français")]
    [InlineData("zh", "Chinese", "中文")]
    [InlineData("ar", "Arabic", "العربية")]
    public void Names_InEnglishAndInTheLanguageItself(string code, string english, string native)
    {
        Assert.Equal(english, Languages.EnglishName(code));
        Assert.Equal(native, Languages.NativeName(code));
    }

    [Fact]
    public void UnknownCode_IsNotOfficial_AndNamedByItself()
    {
        Assert.False(Languages.IsOfficial("de"));
        Assert.False(Languages.IsOfficial("FR"));
        Assert.False(Languages.IsOfficial(null));
        Assert.Equal("de", Languages.EnglishName("de"));
        Assert.Equal("de", Languages.NativeName("de"));
        Assert.Equal("ltr", Languages.Direction("de"));
    }

    [Theory]
    [InlineData("eng", "en")]
    [InlineData("fra", "fr")]
    [InlineData("fre", "fr")]
    [InlineData("spa", "es")]
    [InlineData("rus", "ru")]
    [InlineData("zho", "zh")]
    [InlineData("chi", "zh")]
    [InlineData("ara", "ar")]
    [InlineData(" AR ", "ar")]
    [InlineData("deu", null)]
    [InlineData(null, null)]
    public void CodeOf_ReadsTwoAndThreeLetterCodes(string? written, string? code)
    {
        Assert.Equal(code, Languages.CodeOf(written));
    }
}
