namespace NormsPortal.Web.Api;

/// <summary>The six official languages of the United Nations, in the UN's order.</summary>
internal static class Languages
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> Official = ["ar", "zh", "en", "fr", "ru", "es"];

    public static bool IsOfficial(string? code) => code is not null && Official.Contains(code);
}
