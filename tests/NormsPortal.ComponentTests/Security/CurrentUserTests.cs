using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Security;

namespace NormsPortal.ComponentTests.Security;

/// <summary>
/// <see cref="ICurrentUser"/> in both scopes it serves: an HTTP request (the request's user) and a
/// component (the circuit's authentication state, faked by bUnit). A plain bUnit context: the
/// fake authentication must be added before anything is resolved.
/// </summary>
public sealed class CurrentUserTests : BunitContext
{
    public CurrentUserTests() => Services.AddCurrentUser();

    [Fact]
    public async Task InAnHttpRequest_ReadsTheRequestsUser()
    {
        var user = await UserSeenByAnEndpointAsync(Principal("ada", "curator"));

        Assert.True(user.IsAuthenticated);
        Assert.Equal("ada", user.UserId);
        Assert.True(user.IsCurator);
    }

    [Fact]
    public async Task InAnHttpRequest_WithoutAnAccount_IsAnonymous()
    {
        var user = await UserSeenByAnEndpointAsync(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.False(user.IsAuthenticated);
        Assert.Null(user.UserId);
        Assert.False(user.IsCurator);
    }

    [Fact]
    public void InAComponent_ReadsTheCircuitsUser()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("grace");
        authorization.SetRoles("curator");
        // After the roles: bUnit's SetRoles raises the new state without the claims set before it.
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, "grace-id"));

        var probe = Render<CurrentUserProbe>();

        Assert.Equal("grace-id authenticated curator", probe.Markup);
    }

    [Fact]
    public void InAComponent_WithoutAnAccount_IsAnonymous()
    {
        AddAuthorization().SetNotAuthorized();

        var probe = Render<CurrentUserProbe>();

        Assert.Equal("- anonymous -", probe.Markup);
    }

    private static ClaimsPrincipal Principal(string id, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Role, role)], "Test"));

    /// <summary>
    /// Runs a request for <paramref name="principal"/> through the portal's pipeline step
    /// (<see cref="CurrentUserConfiguration.UseCurrentUser"/>) with the portal's Blazor services,
    /// and returns what an endpoint after it reads from <see cref="ICurrentUser"/>.
    /// </summary>
    private static async Task<SeenUser> UserSeenByAnEndpointAsync(ClaimsPrincipal principal)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCurrentUser();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        SeenUser? seen = null;
        var pipeline = new ApplicationBuilder(provider).UseCurrentUser();
        pipeline.Run(context =>
        {
            var user = context.RequestServices.GetRequiredService<ICurrentUser>();
            seen = new SeenUser(user.IsAuthenticated, user.UserId, user.IsInRole("curator"));
            return Task.CompletedTask;
        });

        await pipeline.Build()(new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal });
        return seen ?? throw new InvalidOperationException("The request did not reach the endpoint.");
    }

    private sealed record SeenUser(bool IsAuthenticated, string? UserId, bool IsCurator);

    /// <summary>A component that shows what <see cref="ICurrentUser"/> says: id, state, curator role.</summary>
    private sealed class CurrentUserProbe : ComponentBase
    {
        [Inject]
        private ICurrentUser User { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder) =>
            builder.AddContent(0, $"{User.UserId ?? "-"} {(User.IsAuthenticated ? "authenticated" : "anonymous")} {(User.IsInRole("curator") ? "curator" : "-")}");
    }
}
