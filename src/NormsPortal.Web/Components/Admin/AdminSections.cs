using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Components.Admin;

/// <summary>One part of curation: where it is, its name, and what an admin does there.</summary>
public sealed record AdminSection(string Href, string Label, string Description);

/// <summary>
/// The admin pages, in the order the admin pages' navigation (<see cref="AdminFrame"/>) and the admin home page
/// list them. Add a new admin page here.
/// </summary>
public static class AdminSections
{
    public const string Home = "/admin";

    public static IReadOnlyList<AdminSection> All { get; } =
    [
        new("/admin/import", "Import", "Bring in a UN document from its PDF or Word file: preview what was read, then store it."),
        new("/admin/facts", "Facts and works", "Correct a work's facts (date, title, vote, sponsors) with the source of each, or add a work."),
        new(NormAdminUrls.List, "Norms", "Edit the norms' titles, themes, their lineage through the texts, and the links between them."),
        new(AnnotationAdminUrls.List, "Annotations", "Write, publish, change or withdraw notes on norms and paragraphs."),
        new("/admin/annotations/orphaned", "Orphaned annotations", "Notes whose paragraph is no longer in its text: move them to another or withdraw them."),
        new("/admin/users", "Users", "Find accounts, grant or revoke the admin role, lock or unlock an account, end its sessions."),
        new("/admin/audit", "Audit log", "Every curation and user-management action, who did it and when."),
    ];
}
