namespace NormsPortal.Benchmarks.Pages;

/// <summary>What the page benchmark measured on one provider.</summary>
internal sealed class PageProviderRun(string provider)
{
    public string Provider { get; } = provider;

    /// <summary>Bytes of each page's prerendered HTML (and of its static copy).</summary>
    public Dictionary<string, int> Sizes { get; } = [];

    /// <summary>Elements (start tags) in each page's prerendered HTML.</summary>
    public Dictionary<string, int> Elements { get; } = [];

    public TimedPass? Pass { get; set; }

    public string LoadBefore { get; set; } = "n/a";

    public string LoadAfter { get; set; } = "n/a";

    public string? Aborted { get; set; }
}
