namespace NormsPortal.Web.Infrastructure.Corpus;

/// <summary>The <c>Corpus</c> configuration section.</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>
    /// Whether start-up loads the shipped corpus (on by default). Loading is idempotent, so it is
    /// safe at every start, and cheap when the files are those of the last load (they are only hashed);
    /// a deployment may turn it off once the database is seeded.
    /// </summary>
    public bool SeedOnStartup { get; set; } = true;
}
