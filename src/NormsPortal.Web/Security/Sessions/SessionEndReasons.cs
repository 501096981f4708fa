namespace NormsPortal.Web.Security.Sessions;

/// <summary>Why a session was ended, as stored with it and shown on the sessions page.</summary>
public static class SessionEndReasons
{
    public const string SignedOut = "signed out";
    public const string EndedByUser = "ended by you";
    public const string SecurityChanged = "password or security changed";
    public const string LockedOut = "account locked";
    public const string EndedByAdmin = "ended by an admin";
}
