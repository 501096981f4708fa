using Microsoft.AspNetCore.Identity;

namespace NormsPortal.Data.Model;

/// <summary>A signed-in user of the portal (researcher or admin).</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
