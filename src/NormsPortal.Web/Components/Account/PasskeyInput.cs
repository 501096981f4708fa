namespace NormsPortal.Web.Components.Account;

/// <summary>
/// What the passkey script posts with its form (field names <c>{Name}.CredentialJson</c> and
/// <c>{Name}.Error</c>): the browser's credential as JSON, or why the browser made none.
/// </summary>
public sealed class PasskeyInput
{
    public string? CredentialJson { get; set; }

    public string? Error { get; set; }
}
