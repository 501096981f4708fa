namespace NormsPortal.Web.Infrastructure.Database;

/// <summary>The provider and connection string the portal runs on, resolved once at start-up.</summary>
public sealed record PortalConnection(string ProviderName, string ConnectionString);
