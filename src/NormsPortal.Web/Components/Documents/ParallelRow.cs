using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>One row of a two-language view: the paragraph with <c>Anchor</c> in each language, either side possibly missing.</summary>
public sealed record ParallelRow(string Anchor, ProvisionDto? Primary, ProvisionDto? Secondary)
{
    public bool IsMatched => Primary is not null && Secondary is not null;
}
