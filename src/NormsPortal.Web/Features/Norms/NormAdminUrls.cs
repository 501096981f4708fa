namespace NormsPortal.Web.Features.Norms;

/// <summary>The addresses of the admin norm pages: <c>/admin/norms</c> and one norm's editor, <c>/admin/norms/1.6</c>.</summary>
public static class NormAdminUrls
{
    public const string List = "/admin/norms";

    public static string For(string number) => $"{List}/{Uri.EscapeDataString(number)}";
}
