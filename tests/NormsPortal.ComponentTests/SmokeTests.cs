namespace NormsPortal.ComponentTests;

public sealed class SmokeTests
{
    [Fact]
    public void Framework_Runs() => Assert.True(true);
}
