using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.AgreedLanguage;
using NormsPortal.Data;
using NormsPortal.Web.Caching;
using NormsPortal.Web.Features.Citations;
using NormsPortal.Web.Features.Documents;
using NormsPortal.Web.Features.Home;
using NormsPortal.Web.Features.Norms;
using NormsPortal.Web.Features.NotFound;
using NormsPortal.Web.Features.States;

namespace NormsPortal.ComponentTests.Reader;

/// <summary>The portal's read services, registered as the portal registers them, over a database in memory that each test fills itself.</summary>
public abstract class ReaderComponentTestBase : PortalComponentTestBase
{
    protected ReaderComponentTestBase()
        : this(new InMemoryPortalDatabase())
    {
    }

    private ReaderComponentTestBase(InMemoryPortalDatabase database)
        : base(services => AddReadServices(services, database)) =>
        Database = database;

    protected InMemoryPortalDatabase Database { get; }

    private static void AddReadServices(IServiceCollection services, InMemoryPortalDatabase database)
    {
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(database);
        // What the document page keeps across prerendering, as the portal's host provides it.
        services.AddSingleton<ComponentStatePersistenceManager>();
        services.AddSingleton(provider => provider.GetRequiredService<ComponentStatePersistenceManager>().State);
        // The norms and their lineage are read once for every reader, into the output cache's store, as in the portal.
        services.AddOutputCache().AddSingleton<SharedDataCache>();
        // The lineage on a norm's page asks which paragraphs reuse the norm's wording; a fake answers (none unless a test says).
        FakeAgreedLanguageService.Register(services);
        services
            .AddHomeFeature()
            .AddNormsFeature()
            .AddDocumentsFeature()
            .AddCitationsFeature()
            .AddStatesFeature()
            .AddNotFoundFeature();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Database.Dispose();
        }

        base.Dispose(disposing);
    }
}
