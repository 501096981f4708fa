namespace NormsPortal.Web.Features.Users;

/// <summary>An account as admins see it: its address, its role, and whether it is locked or has a second factor.</summary>
public sealed record UserSummaryDto(
    string Id,
    string? Email,
    string? DisplayName,
    bool IsAdmin,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    bool TwoFactorEnabled,
    bool EmailConfirmed);

/// <summary>What an admin's action on an account came to: done (with the account as it is now), no such account, or refused (why).</summary>
public sealed record UserActionResult(UserActionStatus Status, UserSummaryDto? User = null, string? Problem = null)
{
    public static UserActionResult Done(UserSummaryDto user) => new(UserActionStatus.Done, user);

    public static UserActionResult NotFound { get; } = new(UserActionStatus.NotFound);

    public static UserActionResult Refused(string problem) => new(UserActionStatus.Refused, Problem: problem);
}

public enum UserActionStatus
{
    Done,
    NotFound,
    Refused,
}
