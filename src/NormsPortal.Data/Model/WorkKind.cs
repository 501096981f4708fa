namespace NormsPortal.Data.Model;

/// <summary>What kind of UN document a work is.</summary>
public enum WorkKind
{
    GaResolution,
    GaDecision,
    DraftResolution,
    Report,
    HrcResolution,
    ScResolution,
    MeetingRecord,
    Other,
}
