using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// <c>PUT /api/v1/norms/{number}/lineage/steps</c>: a curator's decision on a computed step of the norm's lineage,
/// <c>confirmed</c> or <c>hidden</c>; none (null) clears an earlier one.
/// </summary>
public sealed record NormStepReviewRequest(string? Symbol, string? Anchor, string? Decision);

/// <summary>The decision on a step as saved; <see cref="Decision"/> null once cleared.</summary>
public sealed record NormStepReviewDto(string Number, string Symbol, string Anchor, string? Decision, string? ReviewedBy, DateTime? ReviewedAt);

/// <summary>
/// Curators confirm a step of a norm's lineage that the reuse index found (it then carries
/// <see cref="LineageStepDto.Verified"/>), or hide a false match from the public (admins still see it, marked, to
/// undo), or clear their decision. Audited in the same save. A singleton making a short-lived context per call.
/// </summary>
public sealed class NormStepReviews(IDbContextFactory<PortalDbContext> contextFactory, IAuditLog audit)
{
    public const string StepReviewed = "norm.step-reviewed";

    /// <summary>The decisions' names in the API: <c>confirmed</c>, <c>hidden</c>.</summary>
    public static IReadOnlyList<string> DecisionNames { get; } = [.. Enum.GetValues<NormStepDecision>().Select(DecisionName)];

    public static string DecisionName(NormStepDecision decision) => decision.ToString().ToLowerInvariant();

    public async Task<LibraryOutcome<NormStepReviewDto>> DecideAsync(string userId, string number, NormStepReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        NormStepDecision? decision = null;
        if (!string.IsNullOrWhiteSpace(request.Decision))
        {
            if (!Enum.TryParse<NormStepDecision>(request.Decision.Trim(), ignoreCase: true, out var named) || !Enum.IsDefined(named) || int.TryParse(request.Decision, out _))
            {
                return LibraryOutcome.Invalid<NormStepReviewDto>($"A step is {string.Join(" or ", DecisionNames)} (\"decision\"), or null to clear the decision.");
            }

            decision = named;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var norm = await db.Norms.Include(n => n.StepReviews).SingleOrDefaultAsync(n => n.Number == number.Trim(), cancellationToken);
        if (norm is null)
        {
            return LibraryOutcome.NotFound<NormStepReviewDto>();
        }

        var (paragraph, problem) = await NormParagraphs.ReadAsync(db, request.Symbol, request.Anchor, quote: null, cancellationToken);
        if (paragraph is null)
        {
            return LibraryOutcome.Invalid<NormStepReviewDto>(problem!);
        }

        var stored = norm.StepReviews.Find(r => (r.Symbol, r.Anchor) == (paragraph.Symbol, paragraph.Anchor));
        var before = stored is null ? null : ToDto(norm.Number, stored);
        if (stored?.Decision == decision)
        {
            return LibraryOutcome.Done(before ?? new NormStepReviewDto(norm.Number, paragraph.Symbol, paragraph.Anchor, null, null, null));
        }

        var actor = await Actors.NameAsync(db, userId, cancellationToken);
        if (decision is not { } made)
        {
            db.NormStepReviews.Remove(stored!);
        }
        else if (stored is null)
        {
            stored = new NormStepReview { Symbol = paragraph.Symbol, Anchor = paragraph.Anchor, Decision = made, ReviewedBy = actor, ReviewedAt = DateTime.UtcNow };
            norm.StepReviews.Add(stored);
        }
        else
        {
            (stored.Decision, stored.ReviewedBy, stored.ReviewedAt) = (made, actor, DateTime.UtcNow);
        }

        var after = decision is null ? new NormStepReviewDto(norm.Number, paragraph.Symbol, paragraph.Anchor, null, null, null) : ToDto(norm.Number, stored!);
        await audit.RecordAsync(db, userId, StepReviewed, AuditTargets.Of("norm", norm.Number), before, after, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin decided on the same step meanwhile (a second decision row, or the row removed or changed):
            // nothing of this one is saved, and the admin sees the decision as it stands now.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            var now = await fresh.NormStepReviews.AsNoTracking()
                .SingleOrDefaultAsync(r => r.NormId == norm.Id && r.Symbol == paragraph.Symbol && r.Anchor == paragraph.Anchor, cancellationToken);
            var current = now is null ? new NormStepReviewDto(norm.Number, paragraph.Symbol, paragraph.Anchor, null, null, null) : ToDto(norm.Number, now);
            return LibraryOutcome.Conflict(current,
                $"Another admin decided on {AnchorLabel.Reference(paragraph.Symbol, paragraph.Anchor)} meanwhile; its decision is in \"current\". Send yours again to replace it.");
        }

        return LibraryOutcome.Done(after);
    }

    private static NormStepReviewDto ToDto(string number, NormStepReview review) =>
        new(number, review.Symbol, review.Anchor, DecisionName(review.Decision), review.ReviewedBy, review.ReviewedAt);
}
