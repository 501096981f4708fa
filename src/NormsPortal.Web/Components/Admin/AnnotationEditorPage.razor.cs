using Microsoft.AspNetCore.Components;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Components.Admin;

/// <summary>
/// The annotation editor's state: the text being edited and the version it is based on; a save carries that
/// version, so another admin's save meanwhile comes back as a conflict (<see cref="EditConflict"/>) that the admin
/// merges by starting again from either text against the current version.
/// </summary>
public sealed partial class AnnotationEditorPage
{
    private static readonly string DraftName = AnnotationTargets.StatusName(AnnotationStatus.Draft);
    private static readonly string PublishedName = AnnotationTargets.StatusName(AnnotationStatus.Published);
    private static readonly string UnpublishedName = AnnotationTargets.StatusName(AnnotationStatus.Unpublished);

    private readonly TargetFields _target = new();
    private AnnotationDto? _annotation;
    private string _body = "";
    private EditConflict? _conflict;
    private bool _missing;
    private string? _message;
    private bool _failed;

    [Inject]
    private AnnotationService Annotations { get; set; } = default!;

    [Inject]
    private MarkdownRenderer Markdown { get; set; } = default!;

    [Inject]
    private ICurrentUser User { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The annotation's id; none for a new one.</summary>
    [Parameter]
    public int? Id { get; set; }

    /// <summary>A new annotation's norm (<c>1.6</c>).</summary>
    [SupplyParameterFromQuery(Name = "norm")]
    public string? Norm { get; set; }

    /// <summary>A new annotation's work, for a work, paragraph or passage.</summary>
    [SupplyParameterFromQuery(Name = "symbol")]
    public string? Symbol { get; set; }

    /// <summary>A new annotation's paragraph, for a paragraph or passage.</summary>
    [SupplyParameterFromQuery(Name = "anchor")]
    public string? Anchor { get; set; }

    /// <summary>A new annotation's passage: the quoted words.</summary>
    [SupplyParameterFromQuery(Name = "quote")]
    public string? Quote { get; set; }

    /// <summary>The words before the passage.</summary>
    [SupplyParameterFromQuery(Name = "prefix")]
    public string? Prefix { get; set; }

    /// <summary>The words after the passage.</summary>
    [SupplyParameterFromQuery(Name = "suffix")]
    public string? Suffix { get; set; }

    private string Heading => _annotation is null ? (Id is null ? "New annotation" : "Annotation") : $"Annotation on {_annotation.Label}";

    private bool IsDeleted => _annotation?.DeletedAt is not null;

    private string Actor => User.UserId ?? throw new InvalidOperationException("Editing annotations requires a signed-in admin.");

    protected override async Task OnParametersSetAsync()
    {
        // After creating, the page moves to the new annotation's address with it in hand already.
        if (_annotation is not null && "/" + Navigation.ToBaseRelativePath(Navigation.Uri) == AnnotationAdminUrls.Editor(_annotation.Id))
        {
            return;
        }

        if (Id is not { } id)
        {
            (_annotation, _body, _conflict, _missing) = (null, "", null, false);
            (_target.Norm, _target.Symbol, _target.Anchor, _target.Quote, _target.Prefix, _target.Suffix) = (Norm, Symbol, Anchor, Quote, Prefix, Suffix);
            return;
        }

        var annotation = await Annotations.GetAsync(id, withSource: true, CancellationToken.None);
        _missing = annotation is null;
        if (annotation is not null)
        {
            Edit(annotation, annotation.Body ?? "");
        }
    }

    /// <summary>Saves the text with <paramref name="status"/> (null keeps the status): a new annotation is created, an existing one saved against the version read.</summary>
    private async Task SaveAsync(string? status)
    {
        if (_annotation is null)
        {
            var created = await Annotations.CreateAsync(Actor, new AnnotationCreateRequest(_target.ToDto(), _body, status), CancellationToken.None);
            if (Show(created, yours: _body, status == PublishedName ? "Published." : "Saved as a draft.") is { } annotation)
            {
                Navigation.NavigateTo(AnnotationAdminUrls.Editor(annotation.Id), new NavigationOptions { ReplaceHistoryEntry = true });
            }

            return;
        }

        var done = status == PublishedName ? "Published." : status == UnpublishedName ? "Unpublished: the public no longer sees it." : "Saved.";
        Show(await Annotations.UpdateAsync(Actor, _annotation.Id, new AnnotationUpdateRequest(_annotation.Version, _body, status), CancellationToken.None), _body, done);
    }

    private async Task DeleteAsync() =>
        Show(await Annotations.SetDeletedAsync(Actor, _annotation!.Id, deleted: true, CancellationToken.None), _body, "Deleted: the public no longer sees it; restore it to edit it again.");

    private async Task RestoreAsync() =>
        Show(await Annotations.SetDeletedAsync(Actor, _annotation!.Id, deleted: false, CancellationToken.None), _body, "Restored.");

    private async Task RestoreRevisionAsync(AnnotationRevisionDto revision) =>
        Show(await Annotations.RestoreRevisionAsync(Actor, _annotation!.Id, revision.Number, _annotation.Version, CancellationToken.None),
            revision.Body, $"The text of revision {revision.Number} is back, as a new revision.");

    /// <summary>Shows what a save came to; the saved annotation, or null when nothing was saved.</summary>
    private AnnotationDto? Show(LibraryOutcome<AnnotationDto> outcome, string yours, string done)
    {
        (_failed, _message) = (outcome.Status != LibraryOutcomeStatus.Done, null);
        switch (outcome.Status)
        {
            case LibraryOutcomeStatus.Done:
                Edit(outcome.Value!, outcome.Value!.Body ?? "");
                _message = done;
                return outcome.Value;
            case LibraryOutcomeStatus.Conflict:
                _conflict = new EditConflict(outcome.Value!, yours);
                break;
            case LibraryOutcomeStatus.NotFound:
                _message = "The annotation is gone: it was not saved.";
                break;
            default:
                _message = outcome.Problem;
                break;
        }

        return null;
    }

    /// <summary>Merging a conflict: edits <paramref name="text"/> (theirs or yours) against the version saved now.</summary>
    private void EditFrom(string text)
    {
        Edit(_conflict!.Theirs, text);
        (_failed, _message) = (false, $"Editing against version {_annotation!.Version}: save when the text is as it should be.");
    }

    private void Edit(AnnotationDto annotation, string body) => (_annotation, _body, _conflict) = (annotation, body, null);

    /// <summary>A save refused because <see cref="Theirs"/> was saved meanwhile; <see cref="Yours"/> is the text that was not saved.</summary>
    private sealed record EditConflict(AnnotationDto Theirs, string Yours);

    /// <summary>The target fields of a new annotation, in a bookmark target's shape.</summary>
    private sealed class TargetFields
    {
        public string? Norm { get; set; }

        public string? Symbol { get; set; }

        public string? Anchor { get; set; }

        public string? Quote { get; set; }

        public string? Prefix { get; set; }

        public string? Suffix { get; set; }

        public BookmarkTargetDto ToDto() => new()
        {
            Norm = Given(Norm),
            Symbol = Given(Symbol),
            Anchor = Given(Anchor),
            Quote = Given(Quote),
            Prefix = Given(Prefix),
            Suffix = Given(Suffix),
        };

        private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
