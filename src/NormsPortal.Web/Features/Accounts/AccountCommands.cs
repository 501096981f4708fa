using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Users;
using NormsPortal.Web.Infrastructure.Database;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The operator's account commands, run instead of the web host:
/// <c>create-admin --email &lt;address&gt;</c> reads the password as one line from standard input (so it
/// can be piped, and never sits in the shell's history or the process list), creates and migrates the
/// database if needed, and makes the account an admin; <c>reset-password --email &lt;address&gt;</c>
/// prints a one-time link that sets a new password, for a portal without e-mail;
/// <c>reset-2fa --email &lt;address&gt;</c> turns off the two-factor sign-in of an account whose
/// authenticator is lost (new key, no recovery codes, every session ended), in the audit log as the operator's.
/// </summary>
public static class AccountCommands
{
    public const string CreateAdmin = "create-admin";
    public const string ResetPassword = "reset-password";
    public const string ResetTwoFactor = "reset-2fa";

    /// <summary>Where the reset link points: the portal's public address (<c>Accounts:PublicUrl</c>).</summary>
    public const string PublicUrlKey = "Accounts:PublicUrl";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] is CreateAdmin or ResetPassword or ResetTwoFactor;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var email = EmailArgument(args);
        if (email is null)
        {
            await output.WriteLineAsync($"Usage: {args[0]} --email <address>{(args[0] == CreateAdmin ? "   (the password is read from standard input)" : "")}");
            return 2;
        }

        await DatabaseMigrator.MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        return args[0] switch
        {
            CreateAdmin => await CreateAdminAsync(scope.ServiceProvider, email, input, output),
            ResetTwoFactor => await ResetTwoFactorAsync(scope.ServiceProvider, email, output, cancellationToken),
            _ => await PrintResetLinkAsync(scope.ServiceProvider, email, output),
        };
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string email, TextReader input, TextWriter output)
    {
        var password = await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("No password: give it as one line on standard input.");
            return 2;
        }

        var (outcome, problems) = await services.GetRequiredService<AdminAccounts>().EnsureAsync(email, password);
        switch (outcome)
        {
            case AdminOutcome.Created:
                await output.WriteLineAsync($"Created the admin account {email}.");
                return 0;
            case AdminOutcome.AlreadyExisted:
                await output.WriteLineAsync($"{email} already has an account; it is an admin now. Its password was not changed.");
                return 0;
            default:
                await output.WriteLineAsync($"Not created: {string.Join(" ", problems)}");
                return 1;
        }
    }

    private static async Task<int> PrintResetLinkAsync(IServiceProvider services, string email, TextWriter output)
    {
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await output.WriteLineAsync($"No account has the address {email}.");
            return 1;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var path = ResetPasswordLink.PathForToken(email, token);
        var publicUrl = services.GetRequiredService<IConfiguration>()[PublicUrlKey]?.TrimEnd('/');
        await output.WriteLineAsync(publicUrl is null
            ? $"Open this address on the portal (set {PublicUrlKey} to print it whole): {path}"
            : $"{publicUrl}{path}");
        await output.WriteLineAsync("The link works once, and only until the account's password or security stamp changes.");
        return 0;
    }

    private static async Task<int> ResetTwoFactorAsync(IServiceProvider services, string email, TextWriter output, CancellationToken cancellationToken)
    {
        var reset = await services.GetRequiredService<UserAdministration>().ResetTwoFactorAsync(email, cancellationToken);
        switch (reset.Status)
        {
            case UserActionStatus.Done:
                await output.WriteLineAsync($"Two-factor sign-in of {email} is off and its sessions have ended. "
                    + "It signs in with its password now; an admin sets up a new authenticator before the next admin action.");
                return 0;
            case UserActionStatus.NotFound:
                await output.WriteLineAsync($"No account has the address {email}.");
                return 1;
            default:
                await output.WriteLineAsync($"Not reset: {reset.Problem}");
                return 1;
        }
    }

    private static string? EmailArgument(string[] args)
    {
        var at = Array.IndexOf(args, "--email");
        return at > 0 && at + 1 < args.Length && !string.IsNullOrWhiteSpace(args[at + 1]) ? args[at + 1].Trim() : null;
    }
}
