using NormsPortal.Data.Library;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// An annotation's target is a bookmark's (<see cref="BookmarkTarget"/>): the same shape at the API, the same
/// checks, the same <see cref="Data.References.QuotedReference"/> for the one resolver. These move it between
/// the two.
/// </summary>
public static class AnnotationTargets
{
    /// <summary>The target <paramref name="annotation"/> holds.</summary>
    public static BookmarkTarget Of(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        return annotation.Kind switch
        {
            BookmarkKind.Norm => BookmarkTarget.ForNorm(annotation.NormNumber!),
            BookmarkKind.Work => BookmarkTarget.ForWork(annotation.Symbol!),
            BookmarkKind.Paragraph => BookmarkTarget.ForParagraph(annotation.Symbol!, annotation.Anchor!),
            _ => BookmarkTarget.ForPassage(annotation.Symbol!, annotation.Anchor!, annotation.Quote!, annotation.Prefix ?? "", annotation.Suffix ?? ""),
        };
    }

    /// <summary>A new draft annotation on <paramref name="target"/>, created by <paramref name="userId"/>.</summary>
    public static Annotation NewAnnotation(BookmarkTarget target, string userId)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new Annotation
        {
            Kind = target.Kind,
            NormNumber = target.NormNumber,
            Symbol = target.Symbol,
            Anchor = target.Anchor,
            Quote = target.Quote,
            Prefix = target.Prefix,
            Suffix = target.Suffix,
            CreatedBy = userId,
        };
    }

    /// <summary>The status's name in the API: <c>draft</c>, <c>published</c>, <c>unpublished</c>.</summary>
    public static string StatusName(AnnotationStatus status) => status.ToString().ToLowerInvariant();

    public static IReadOnlyList<string> StatusNames { get; } = [.. Enum.GetValues<AnnotationStatus>().Select(StatusName)];

    /// <summary>The status a name stands for (any case); false for any other name, a number included.</summary>
    public static bool TryParseStatus(string? name, out AnnotationStatus status) =>
        Enum.TryParse(name?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(name, out _);
}
