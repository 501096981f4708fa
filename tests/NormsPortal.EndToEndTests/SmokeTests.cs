namespace NormsPortal.EndToEndTests;

public sealed class SmokeTests
{
    [Fact]
    public void Framework_Runs() => Assert.True(true);
}
