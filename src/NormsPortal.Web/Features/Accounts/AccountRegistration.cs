using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>What a registration tells the person registering: only what was wrong with their input.</summary>
public sealed record RegistrationOutcome(IReadOnlyList<string> Problems)
{
    public static readonly RegistrationOutcome Accepted = new([]);
}

/// <summary>
/// Creates researcher accounts from the register page. An address that already has an account is
/// answered like a new one (<see cref="AuthAnswers"/>), so the page reveals no accounts.
/// </summary>
public sealed partial class AccountRegistration(UserManager<PortalUser> users, ILogger<AccountRegistration> logger)
{
    public async Task<RegistrationOutcome> RegisterAsync(string email, string password)
    {
        var user = new PortalUser { UserName = email, Email = email };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            LogRegistered(logger, user.Id);
            return RegistrationOutcome.Accepted;
        }

        var problems = result.Errors
            .Where(error => !AuthAnswers.RevealsAnAccount(error.Code))
            .Select(error => error.Description)
            .ToList();
        return problems.Count == 0 ? RegistrationOutcome.Accepted : new RegistrationOutcome(problems);
    }

    [LoggerMessage(EventId = SecurityEvents.Registered, Level = LogLevel.Information, Message = "Security: account {UserId} registered")]
    private static partial void LogRegistered(ILogger logger, string userId);
}
