using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NormsPortal.Data.Import.Files;
using NormsPortal.Web.Features.Audit;

namespace NormsPortal.Web.Features.Import;

/// <summary>
/// Registers importing from the browser: the file limits from configuration (<c>Import:Files:*</c>, the same the
/// <c>import</c> command holds files to) and the service shared by the API and the admin page.
/// </summary>
public static class ImportsFeature
{
    public static IServiceCollection AddImportsFeature(this IServiceCollection services)
    {
        services.AddOptions<ImportFileLimits>().BindConfiguration(ImportFileLimits.SectionName);
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<ImportFileLimits>>().Value);
        services.TryAddSingleton<IAuditLog, AuditLog>();
        return services.AddSingleton<ImportService>();
    }
}
