using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace NormsPortal.Data.Providers;

/// <summary>
/// Carries a provider's own way of writing something (the reuse index's <c>IReuseShingleWriter</c>, the bulk rows'
/// <c>IBulkRowCopier</c>) in the context's options, so the data layer, which sees only the context, finds it
/// wherever the context was made (the host, the tests, the benchmarks all configure it through the provider project).
/// </summary>
public static class ProviderWriters
{
    /// <summary>Sets <paramref name="writer"/> as the <typeparamref name="TWriter"/> of the contexts made with <paramref name="options"/>.</summary>
    public static void Use<TWriter>(DbContextOptionsBuilder options, TWriter writer)
        where TWriter : class
    {
        ArgumentNullException.ThrowIfNull(options);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new Extension<TWriter>(writer));
    }

    /// <summary>The <typeparamref name="TWriter"/> set for <paramref name="db"/>, if its provider set one.</summary>
    internal static TWriter? Of<TWriter>(PortalDbContext db)
        where TWriter : class =>
        db.GetService<IDbContextOptions>().FindExtension<Extension<TWriter>>()?.Writer;

    private sealed class Extension<TWriter>(TWriter writer) : IDbContextOptionsExtension
        where TWriter : class
    {
        public TWriter Writer => writer;

        public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

        public void ApplyServices(IServiceCollection services)
        {
        }

        public void Validate(IDbContextOptions options)
        {
        }

        private sealed class ExtensionInfo(Extension<TWriter> extension) : DbContextOptionsExtensionInfo(extension)
        {
            public override bool IsDatabaseProvider => false;

            public override string LogFragment => "";

            public override int GetServiceProviderHashCode() => 0;

            public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

            public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
            {
            }
        }
    }
}
