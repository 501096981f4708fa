namespace NormsPortal.Web.Caching;

/// <summary>
/// How long the output cache keeps a public page or API answer (section "OutputCache"). Writes evict what they
/// change at once; the expiry only bounds how long an answer no write reached can live. A page's Blazor markers are
/// data-protected for five minutes (ServerComponentSerializationSettings.DataExpiration): a page served later than
/// that from the cache could no longer start its circuit, so the expiry must leave the reader most of that time.
/// </summary>
public sealed class PublicCacheOptions
{
    public const string SectionName = "OutputCache";

    /// <summary>The longest expiry that still leaves a reader three minutes to start the circuit of a cached page.</summary>
    public const int MaximumExpirySeconds = 120;

    /// <summary>How long an entry lives, in seconds (1 to <see cref="MaximumExpirySeconds"/>).</summary>
    public int ExpirySeconds { get; init; } = 60;

    public bool IsValid => ExpirySeconds is >= 1 and <= MaximumExpirySeconds;

    public TimeSpan Expiry => TimeSpan.FromSeconds(ExpirySeconds);
}
