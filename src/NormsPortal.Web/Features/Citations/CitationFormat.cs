namespace NormsPortal.Web.Features.Citations;

/// <summary>The forms a citation is given in: three styles to copy and three files for reference managers.</summary>
public enum CitationFormat
{
    Un,
    Bluebook,
    Oscola,
    CslJson,
    BibTex,
    Ris,
}

/// <summary>The names of <see cref="CitationFormat"/> in URLs (<c>?format=csl-json</c>) and how each is served.</summary>
public static class CitationFormats
{
    private static readonly Dictionary<string, CitationFormat> s_byName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["un"] = CitationFormat.Un,
        ["bluebook"] = CitationFormat.Bluebook,
        ["oscola"] = CitationFormat.Oscola,
        ["csl-json"] = CitationFormat.CslJson,
        ["bibtex"] = CitationFormat.BibTex,
        ["ris"] = CitationFormat.Ris,
    };

    /// <summary>Every name, in the order of the enum.</summary>
    public static IReadOnlyCollection<string> Names => s_byName.Keys;

    /// <summary>The files offered for download, in the order the panel lists them.</summary>
    public static IReadOnlyList<CitationFormat> Downloads { get; } = [CitationFormat.CslJson, CitationFormat.BibTex, CitationFormat.Ris];

    public static bool TryParse(string? name, out CitationFormat format) => s_byName.TryGetValue(name?.Trim() ?? "", out format);

    public static string ToName(this CitationFormat format) => s_byName.First(pair => pair.Value == format).Key;

    /// <summary>The label readers see: "CSL-JSON", "BibTeX", "RIS", "UN", "Bluebook", "OSCOLA".</summary>
    public static string Label(this CitationFormat format) => format switch
    {
        CitationFormat.Un => "UN",
        CitationFormat.Bluebook => "Bluebook",
        CitationFormat.Oscola => "OSCOLA",
        CitationFormat.CslJson => "CSL-JSON",
        CitationFormat.BibTex => "BibTeX",
        _ => "RIS",
    };

    /// <summary>The media type of the answer: the registered ones for CSL-JSON and RIS, the customary one for BibTeX.</summary>
    public static string ContentType(this CitationFormat format) => format switch
    {
        CitationFormat.CslJson => "application/vnd.citationstyles.csl+json; charset=utf-8",
        CitationFormat.BibTex => "application/x-bibtex; charset=utf-8",
        CitationFormat.Ris => "application/x-research-info-systems; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>The file extension of a download.</summary>
    public static string Extension(this CitationFormat format) => format switch
    {
        CitationFormat.CslJson => ".json",
        CitationFormat.BibTex => ".bib",
        CitationFormat.Ris => ".ris",
        _ => ".txt",
    };

    public static bool IsDownload(this CitationFormat format) => Downloads.Contains(format);
}
