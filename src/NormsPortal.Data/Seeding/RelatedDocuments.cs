using System.Text.RegularExpressions;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Splits the free text of a document's <c>related</c> field into facts. The parts are separated
/// by semicolons and say what they name: <c>draft A/C.1/70/L.45</c> → <c>draft</c>,
/// <c>First Committee report A/64/386</c> → <c>committeeReport</c> (when it is the document's own
/// committee), <c>meeting A/64/PV.55</c> → <c>meetingRecord</c>. A part that says none of these is
/// kept whole as <c>related</c>. Parts of one kind are joined with "; ".
/// </summary>
internal static partial class RelatedDocuments
{
    public static IReadOnlyList<(string Key, string Value)> Parse(string related, string? committee)
    {
        ArgumentNullException.ThrowIfNull(related);
        var parts = related.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts
            .Select(part => Classify(part, committee))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join("; ", g.Select(p => p.Value))))
            .ToList();
    }

    private static (string Key, string Value) Classify(string part, string? committee)
    {
        if (DraftPart().Match(part) is { Success: true } draft)
        {
            return (FactKeys.Draft, draft.Groups["rest"].Value);
        }

        if (ReportPart().Match(part) is { Success: true } report && report.Groups["committee"].Value == committee)
        {
            return (FactKeys.CommitteeReport, report.Groups["rest"].Value);
        }

        if (MeetingPart().Match(part) is { Success: true } meeting)
        {
            return (FactKeys.MeetingRecord, meeting.Groups["rest"].Value);
        }

        return (SeedFactKeys.Related, part);
    }

    [GeneratedRegex(@"^draft\s+(?<rest>.+)$")]
    private static partial Regex DraftPart();

    [GeneratedRegex(@"^(?<committee>\S.*\sCommittee)\s+report\s+(?<rest>.+)$")]
    private static partial Regex ReportPart();

    [GeneratedRegex(@"^meeting\s+(?<rest>.+)$")]
    private static partial Regex MeetingPart();
}
