namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The first admin from configuration: <c>Admin:Email</c> and <c>Admin:Password</c> (a secret: an
/// environment variable or user secrets, never a file in the repository). Creates the account at
/// start-up when the address has none; never changes a password. There is no default password.
/// </summary>
public static partial class ConfiguredAdmin
{
    public const string EmailKey = "Admin:Email";
    public const string PasswordKey = "Admin:Password";

    public static async Task EnsureConfiguredAdminAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (email, password) = (app.Configuration[EmailKey], app.Configuration[PasswordKey]);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var (outcome, problems) = await scope.ServiceProvider.GetRequiredService<AdminAccounts>().EnsureAsync(email.Trim(), password);
        if (outcome == AdminOutcome.Refused)
        {
            LogRefused(app.Logger, string.Join(" ", problems));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin:Email and Admin:Password are set but no admin was created: {Problems}")]
    private static partial void LogRefused(ILogger logger, string problems);
}
