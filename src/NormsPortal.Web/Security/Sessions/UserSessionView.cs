namespace NormsPortal.Web.Security.Sessions;

/// <summary>A session as the sessions page shows it.</summary>
public sealed record UserSessionView(
    Guid Id, DateTime CreatedAt, DateTime LastSeenAt, DateTime ExpiresAt, string? UserAgent, string? ClientAddress, bool IsActive, string? EndReason);
