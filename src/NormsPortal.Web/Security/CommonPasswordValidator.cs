using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Security;

/// <summary>
/// The password rules Identity's own options cannot say (ASVS 2.1): refused when on the list of
/// common passwords shipped with the portal (ignoring case and spaces, so "Qwerty Qwerty" is as weak
/// as "qwertyqwerty"), and not longer than <see cref="MaximumLength"/>, far beyond any passphrase,
/// so that hashing stays cheap. The minimum length is Identity's <c>RequiredLength</c>.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    public const int MaximumLength = 256;

    private const string ListResource = "NormsPortal.Web.Security.CommonPasswords.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> s_commonPasswords = new(LoadList);

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Passwords can be up to {MaximumLength} characters long.",
            }));
        }

        return Task.FromResult(IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is among the most common ones, which attackers try first. Choose another.",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lowered = password.ToLowerInvariant();
        return s_commonPasswords.Value.Contains(lowered)
            || s_commonPasswords.Value.Contains(lowered.Replace(" ", "", StringComparison.Ordinal));
    }

    private static FrozenSet<string> LoadList()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ListResource)
            ?? throw new InvalidOperationException($"The list of common passwords ({ListResource}) is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
