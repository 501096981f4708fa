namespace NormsPortal.Web.Features.Facts;

/// <summary>The curators' catalogue actions as the audit log names them (<c>kind.past-tense</c>, as every feature's are).</summary>
public static class FactActions
{
    public const string Added = "fact.added";
    public const string Revised = "fact.revised";
    public const string WorkAdded = "work.added";
}
