using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// Which annotations a list holds: the public's are <see cref="AnnotationStatusFilter.Published"/> (and attached to
/// their text); the others are for admins.
/// </summary>
public enum AnnotationStatusFilter
{
    Published,

    Draft,

    Unpublished,

    /// <summary>Deleted ones, whatever their status: what an admin may restore.</summary>
    Deleted,

    /// <summary>Those a re-import left without their paragraph or passage (not deleted): the queue admins attach again.</summary>
    Orphaned,

    /// <summary>Every annotation that is not deleted.</summary>
    All,
}

/// <summary>A page of annotations: status, optional filters by norm, symbol and anchor (combined), and paging.</summary>
public sealed record AnnotationListQuery
{
    public AnnotationStatusFilter Status { get; init; }

    /// <summary>A norm's number: its own annotations and those of the paragraph that states it.</summary>
    public string? Norm { get; init; }

    /// <summary>A work's normalised symbol.</summary>
    public string? Symbol { get; init; }

    public string? Anchor { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = Paging.DefaultPageSize;
}
