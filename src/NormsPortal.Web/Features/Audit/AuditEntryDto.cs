using System.Text.Json;

namespace NormsPortal.Web.Features.Audit;

/// <summary>One audit log entry: when, who (id and address as they were), what, on what, and the state before and after.</summary>
public sealed record AuditEntryDto(
    long Id,
    DateTime OccurredAt,
    string? ActorId,
    string? ActorEmail,
    string Action,
    string Target,
    JsonElement? Before,
    JsonElement? After);
