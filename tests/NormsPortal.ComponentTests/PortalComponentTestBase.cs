using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.ComponentTests.Search;
using NormsPortal.Data;
using NormsPortal.Web.Components;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Facts;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Features.Search;
using NormsPortal.Web.Security;

namespace NormsPortal.ComponentTests;

/// <summary>
/// A bUnit context set up the way MudBlazor's own tests are: loose JS interop (MudBlazor calls a
/// lot of JavaScript that tests need not answer), no transitions, no popover-provider check. The
/// renderer reports an interactive server circuit, as the portal's pages run in one.
/// </summary>
public abstract class PortalComponentTestBase : BunitContext
{
    /// <param name="addServices">Adds a test class's own services, before anything is resolved.</param>
    protected PortalComponentTestBase(Action<IServiceCollection>? addServices = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddScoped<ClipboardInterop>();
        Services.AddScoped<PassageSelectionInterop>();
        Services.AddScoped<Web.Components.Library.PassageHighlightInterop>();
        // Every page has the layout's search box, which asks for suggestions as the reader types.
        Services.AddSingleton<ISearchSuggestions>(Suggestions);
        Services.AddSingleton<ISearchResults>(SearchResults);
        // The bookmark toggles on cards, paragraphs and results read the signed-in reader's library: an empty
        // one in memory unless the test class brings a database of its own.
        Services.AddCurrentUser();
        Services.AddLibraryFeature();
        Services.AddAnnotationsFeature();
        Services.AddFactsFeature();
        Services.AddSingleton<IDbContextFactory<PortalDbContext>>(_ => new InMemoryPortalDatabase());
        addServices?.Invoke(Services);
        // Anonymous until a test signs someone in; the app bar's account menu asks who is signed in.
        Authorization = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Who is signed in, as the components see it: nobody unless a test says otherwise.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>The search box's suggestions, to prepare and to check.</summary>
    internal FakeSearchSuggestions Suggestions { get; } = new();

    /// <summary>What the search page shows, to prepare and to check.</summary>
    internal FakeSearchResults SearchResults { get; } = new();

    /// <summary>Text with its runs of white space made single spaces, as a reader sees it.</summary>
    protected static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
