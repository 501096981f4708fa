using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// The portal's first admin (made at start from <c>Admin:Email</c> and <c>Admin:Password</c>), with two-factor
/// sign-in turned on once through the API, as an admin's authenticator app would: admin pages need a session
/// signed in with a second factor. A test signs in with the password and one of the recovery codes (each is
/// accepted once, so tests running side by side never race for one authenticator code).
/// </summary>
public sealed class PortalAdmin
{
    private readonly ConcurrentQueue<string> _recoveryCodes;

    private PortalAdmin(string email, string password, byte[] authenticatorKey, IEnumerable<string> recoveryCodes)
    {
        (Email, Password, AuthenticatorKey) = (email, password, authenticatorKey);
        _recoveryCodes = new ConcurrentQueue<string>(recoveryCodes);
    }

    public string Email { get; }

    public string Password { get; }

    /// <summary>The authenticator app's key, for a test that signs in with a code (<see cref="Totp"/>).</summary>
    public byte[] AuthenticatorKey { get; }

    /// <summary>A recovery code nobody has used; there are ten for a whole run.</summary>
    public string TakeRecoveryCode() =>
        _recoveryCodes.TryDequeue(out var code) ? code : throw new InvalidOperationException("The test admin's ten recovery codes are spent.");

    /// <summary>Turns on two-factor sign-in for the admin <paramref name="email"/> of the portal at <paramref name="baseAddress"/>.</summary>
    public static async Task<PortalAdmin> EnrolAsync(Uri baseAddress, string email, string password, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        await SignInAsync(http, email, password, cancellationToken);
        var key = Totp.DecodeBase32((await TwoFactorAsync(http, new { }, cancellationToken)).GetProperty("sharedKey").GetString()!);
        // Making the key renewed the account's security stamp, which ends the sessions signed in before it.
        await SignInAsync(http, email, password, cancellationToken);
        var code = Totp.Compute(key, Totp.StepAt(DateTimeOffset.UtcNow)).ToString("D6", CultureInfo.InvariantCulture);
        var enabled = await TwoFactorAsync(http, new { enable = true, twoFactorCode = code }, cancellationToken);
        return new PortalAdmin(email, password, key, enabled.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!));
    }

    private static async Task SignInAsync(HttpClient http, string email, string password, CancellationToken cancellationToken)
    {
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, cancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private static async Task<JsonElement> TwoFactorAsync(HttpClient http, object request, CancellationToken cancellationToken)
    {
        using var answer = await http.PostAsJsonAsync("/api/v1/auth/manage/2fa", request, cancellationToken);
        answer.EnsureSuccessStatusCode();
        return await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }
}
