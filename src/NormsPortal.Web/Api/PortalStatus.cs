namespace NormsPortal.Web.Api;

/// <summary>What <c>GET /api/v1/status</c> answers: which portal this is and which build.</summary>
/// <param name="Name">The portal's name.</param>
/// <param name="Version">The build's informational version (e.g. 1.0.0+commit).</param>
public sealed record PortalStatus(string Name, string Version);
