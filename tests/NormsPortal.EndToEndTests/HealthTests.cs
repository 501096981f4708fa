using NormsPortal.EndToEndTests.Infrastructure;

namespace NormsPortal.EndToEndTests;

public sealed class HealthTests(PortalFixture portal)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoint_AnswersOk(string path)
    {
        await using var context = await portal.NewContextAsync();

        var response = await context.APIRequest.GetAsync(path);

        Assert.Equal(200, response.Status);
    }
}
