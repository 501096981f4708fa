namespace NormsPortal.Web.Features.Norms;

/// <summary>The portal's addresses for norms: <c>/norms</c> and <c>/norms/1.6</c>.</summary>
public static class NormUrls
{
    public const string List = "/norms";

    public static string For(string number) => $"{List}/{Uri.EscapeDataString(number)}";
}
