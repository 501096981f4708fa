using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace NormsPortal.Data;

/// <summary>
/// The version of Identity's tables the portal uses: version 3, with passkeys. The host sets it in
/// its <c>IdentityOptions</c> from here; a context built without the host reads it from
/// <see cref="Services"/>.
/// </summary>
public static class IdentitySchema
{
    public static readonly Version Version = IdentitySchemaVersions.Version3;

    /// <summary>Just the Identity options with <see cref="Version"/>, for a context built without the host.</summary>
    internal static IServiceProvider Services { get; } = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = Version)
        .BuildServiceProvider();
}
