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

    /// <summary>The organ (General Assembly, Human Rights Council, Group of Governmental Experts); copied to <see cref="Work.Body"/>.</summary>
    public const string Body = "body";

    /// <summary>The Main Committee that dealt with the document; copied to <see cref="Work.Committee"/>.</summary>
    public const string Committee = "committee";
}
