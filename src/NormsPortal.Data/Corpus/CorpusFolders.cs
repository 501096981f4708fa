namespace NormsPortal.Data.Corpus;

/// <summary>Where the parts of the shipped seed data sit inside its folder (<c>SeedData/</c> beside the app).</summary>
public sealed record CorpusFolders(string Root)
{
    /// <summary>The seed data copied next to the running app's assemblies.</summary>
    public static CorpusFolders BesideApp() => new(Path.Combine(AppContext.BaseDirectory, "SeedData"));

    /// <summary>documents.json, series.json, norm-sources.json and the vote tables.</summary>
    public string Catalog => Path.Combine(Root, "seed");

    /// <summary>The revised draft from which 73/27 was adopted, as extracted from its PDF.</summary>
    public string DraftText => Path.Combine(Catalog, "A_C.1_73_L.27_Rev.1.txt");

    /// <summary>The UN's Akoma Ntoso files of the ICT resolutions, in six languages, with metadata.jsonl.</summary>
    public string Akn => Path.Combine(Root, "akn", "ict");
}
