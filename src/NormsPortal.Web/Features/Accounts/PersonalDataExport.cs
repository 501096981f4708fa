using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// "Download all my data": the account itself (what Identity marks as personal data, roles, passkey
/// names, whether two-factor sign-in is on) and each <see cref="IPersonalDataSource"/>'s part, as one
/// JSON document. Secrets stay out: no password hash, security stamp, authenticator key or recovery code.
/// </summary>
public sealed class PersonalDataExport(UserManager<PortalUser> users, IEnumerable<IPersonalDataSource> sources)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<byte[]> ExportAsync(PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var document = new Dictionary<string, object?>
        {
            ["account"] = new
            {
                user.Id,
                user.Email,
                user.EmailConfirmed,
                user.UserName,
                user.DisplayName,
                TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user),
                Roles = await users.GetRolesAsync(user),
                Passkeys = (await users.GetPasskeysAsync(user)).Select(passkey => new { passkey.Name, passkey.CreatedAt }),
            },
            ["exportedAt"] = DateTimeOffset.UtcNow,
        };
        foreach (var source in sources)
        {
            document[source.Name] = await source.ReadAsync(user.Id, cancellationToken);
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, s_json);
    }
}
