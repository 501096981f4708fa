namespace NormsPortal.Data.Model;

/// <summary>What a vote was on.</summary>
public enum VoteSubject
{
    WholeText,
    Paragraph,
    Amendment,
}
