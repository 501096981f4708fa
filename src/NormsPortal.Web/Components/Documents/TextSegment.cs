using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>A piece of a provision's text: plain words, a cross-reference, or a footnote mark.</summary>
public sealed record TextSegment(string Text, ReferenceDto? Reference = null, string? Footnote = null)
{
    public bool IsFootnoteMark => Footnote is not null;

    public bool IsReference => Reference is not null;
}
