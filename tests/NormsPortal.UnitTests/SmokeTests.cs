namespace NormsPortal.UnitTests;

public sealed class SmokeTests
{
    [Fact]
    public void Framework_Runs() => Assert.True(true);
}
