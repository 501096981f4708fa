namespace NormsPortal.Web.Configuration;

/// <summary>
/// Kestrel's request limits. Kestrel refuses a request line over its 8 KB default with a bare 414 that
/// no middleware sees, and a search address reaches that easily: a long query typed or pasted, with
/// non-Latin words percent-encoded three times over. The line may be 64 KB here, so every address the
/// portal's forms can produce reaches the app (the search shortens a query over its own limit and says
/// so); only an address longer than that still gets the server's 414.
/// </summary>
public static class RequestLimitsConfiguration
{
    public const int MaxRequestLineBytes = 64 * 1024;

    public static WebApplicationBuilder ConfigurePortalRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes);
        return builder;
    }
}
