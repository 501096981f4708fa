namespace NormsPortal.Data.Providers;

/// <summary>
/// The configured database cannot be prepared for the portal, for a reason its operator must fix;
/// the message names the database and says what to do, and is all the host needs to log.
/// </summary>
public sealed class DatabaseSetupException : Exception
{
    public DatabaseSetupException()
    {
    }

    public DatabaseSetupException(string message)
        : base(message)
    {
    }

    public DatabaseSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
