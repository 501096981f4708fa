namespace NormsPortal.Web.Features.Import;

/// <summary>The import actions as the audit log names them (<c>kind.past-tense</c>, as every feature's are).</summary>
public static class ImportActions
{
    public const string Committed = "import.committed";
}
