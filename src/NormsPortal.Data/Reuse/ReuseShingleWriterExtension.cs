using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// Carries the provider's <see cref="IReuseShingleWriter"/> in the context's options, so the indexer, which
/// sees only the context, finds it wherever the context was made (the host, the tests, the benchmarks all
/// configure it through the provider project).
/// </summary>
public sealed class ReuseShingleWriterExtension(IReuseShingleWriter writer) : IDbContextOptionsExtension
{
    public IReuseShingleWriter Writer => writer;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    /// <summary>Sets <paramref name="writer"/> as the writer of the contexts made with <paramref name="options"/>.</summary>
    public static void Use(DbContextOptionsBuilder options, IReuseShingleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ReuseShingleWriterExtension(writer));
    }

    /// <summary>The writer set for <paramref name="db"/>, if its provider set one.</summary>
    internal static IReuseShingleWriter? Of(PortalDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<ReuseShingleWriterExtension>()?.Writer;

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ReuseShingleWriterExtension extension) : DbContextOptionsExtensionInfo(extension)
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
