namespace NormsPortal.TestSupport.Accounts;

/// <summary>Passwords made up for one test: the portal ships none, and tests commit none.</summary>
public static class TestPasswords
{
    /// <summary>A passphrase the password policy accepts, different every time.</summary>
    public static string New() => $"test passphrase {Guid.NewGuid():N}";

    /// <summary>A new address under the reserved example.org domain.</summary>
    public static string NewEmail(string who = "researcher") => $"{who}-{Guid.NewGuid():N}@example.org";
}
