namespace NormsPortal.Web.Api;

/// <summary>
/// How long clients and shared caches may keep an API answer without asking again (section "Api:Caching").
/// Short by default: the corpus changes when an import or an editor revises it, and the ETag makes a
/// revalidation after that cheap.
/// </summary>
public sealed class ApiCachingOptions
{
    public const string SectionName = "Api:Caching";

    /// <summary>The <c>max-age</c> of <c>Cache-Control</c> on the API's answers, in seconds.</summary>
    public int MaxAgeSeconds { get; init; } = 60;
}
