namespace NormsPortal.Data.Model;

/// <summary>The fact keys the portal knows how to show; a fact may use another key too.</summary>
public static class FactKeys
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Session = "session";
    public const string AgendaItem = "agendaItem";
    public const string CommitteeReport = "committeeReport";
    public const string ReportParagraph = "reportParagraph";
    public const string Draft = "draft";
    public const string Revisions = "revisions";
    public const string Meeting = "meeting";
    public const string MeetingRecord = "meetingRecord";
    public const string AdoptionMode = "adoptionMode";
    public const string Notes = "notes";
}
