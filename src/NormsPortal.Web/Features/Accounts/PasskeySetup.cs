using System.Buffers.Text;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>A passkey as the account page lists it; <see cref="Id"/> is its credential id, Base64Url-encoded for addresses and forms.</summary>
public sealed record PasskeyView(string Id, string? Name, DateTimeOffset CreatedAt);

/// <summary>
/// Adding, naming and removing the passkeys of one's own account (.NET Identity's WebAuthn support):
/// the options the browser needs to make a passkey, and the storing of the one it made. A passkey
/// is found by its id among the account's own only, so another account's id changes nothing. Every
/// change is in the security log.
/// </summary>
public sealed partial class PasskeySetup(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ILogger<PasskeySetup> logger)
{
    /// <summary>As many as anyone needs (one per device and a spare), few enough to list on one page.</summary>
    public const int MaxPasskeys = 100;

    public const int MaxNameLength = 100;

    public async Task<IReadOnlyList<PasskeyView>> ListAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await users.GetPasskeysAsync(user))
            .OrderBy(passkey => passkey.CreatedAt)
            .Select(passkey => new PasskeyView(Base64Url.EncodeToString(passkey.CredentialId), passkey.Name, passkey.CreatedAt))
            .ToList();
    }

    /// <summary>The WebAuthn creation options for a new passkey of <paramref name="user"/>, remembered for <see cref="AddAsync"/>.</summary>
    public async Task<string> CreationOptionsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Email ?? user.UserName ?? user.Id;
        return await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = name, DisplayName = name });
    }

    /// <summary>Stores the passkey the browser made from the last creation options; what went wrong, in words for the page, or null.</summary>
    public async Task<string?> AddAsync(PortalUser user, string credentialJson, string? name)
    {
        ArgumentNullException.ThrowIfNull(user);
        if ((await users.GetPasskeysAsync(user)).Count >= MaxPasskeys)
        {
            return $"This account has {MaxPasskeys} passkeys already. Remove one you no longer use first.";
        }

        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way: the page sat open too long, or the form was posted by hand.
            return "The passkey could not be added: it took too long. Try again.";
        }

        if (!attestation.Succeeded)
        {
            return "The passkey could not be added: your browser or device did not make a valid one. Try again.";
        }

        var passkey = attestation.Passkey;
        passkey.Name = Tidy(name);
        var stored = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!stored.Succeeded)
        {
            return string.Join(" ", stored.Errors.Select(error => error.Description));
        }

        LogChanged(logger, user.Id, "added");
        return null;
    }

    public async Task<PasskeyView?> FindAsync(PortalUser user, string? id)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await OwnAsync(user, id) is { } passkey
            ? new PasskeyView(Base64Url.EncodeToString(passkey.CredentialId), passkey.Name, passkey.CreatedAt)
            : null;
    }

    /// <summary>Names one of the account's passkeys; false when it has none with <paramref name="id"/>.</summary>
    public async Task<bool> RenameAsync(PortalUser user, string? id, string? name)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await OwnAsync(user, id) is not { } passkey)
        {
            return false;
        }

        passkey.Name = Tidy(name);
        if (!(await users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded)
        {
            return false;
        }

        LogChanged(logger, user.Id, "renamed");
        return true;
    }

    /// <summary>Removes one of the account's passkeys; false when it has none with <paramref name="id"/>.</summary>
    public async Task<bool> RemoveAsync(PortalUser user, string? id)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await OwnAsync(user, id) is not { } passkey || !(await users.RemovePasskeyAsync(user, passkey.CredentialId)).Succeeded)
        {
            return false;
        }

        LogChanged(logger, user.Id, "removed");
        return true;
    }

    private async Task<UserPasskeyInfo?> OwnAsync(PortalUser user, string? id)
    {
        if (string.IsNullOrEmpty(id) || !Base64Url.IsValid(id))
        {
            return null;
        }

        return await users.GetPasskeyAsync(user, Base64Url.DecodeFromChars(id));
    }

    /// <summary>A blank name is no name (the page says "Unnamed passkey"); a long one is cut, as the field's maxlength would have.</summary>
    private static string? Tidy(string? name) => string.IsNullOrWhiteSpace(name)
        ? null
        : name.Trim() is { Length: > MaxNameLength } trimmed ? trimmed[..MaxNameLength] : name.Trim();

    [LoggerMessage(EventId = SecurityEvents.PasskeyChanged, Level = LogLevel.Information, Message = "Security: a passkey of account {UserId} was {Change}")]
    private static partial void LogChanged(ILogger logger, string userId, string change);
}
