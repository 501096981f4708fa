namespace NormsPortal.Web.Components.Account;

/// <summary>What a <c>PasskeySubmit</c> button asks the browser for.</summary>
public enum PasskeyOperation
{
    /// <summary>Make a new passkey for the signed-in account (the manage page).</summary>
    Create,

    /// <summary>Prove a passkey the browser or device holds (the sign-in page).</summary>
    Request,
}
