namespace NormsPortal.Data.Model;

/// <summary>
/// The last load of the shipped corpus that completed (<c>CorpusLoader</c>): the fingerprint of the files it loaded
/// (<c>ShippedCorpusFingerprint</c>). A start whose files have the same fingerprint has nothing to load and skips
/// parsing them. One row, <see cref="SingleRowId"/>.
/// </summary>
public sealed class ShippedCorpusLoad
{
    public const int SingleRowId = 1;

    /// <summary>A SHA-256, in hex.</summary>
    public const int FingerprintLength = 64;

    public int Id { get; set; }

    public required string Fingerprint { get; set; }

    public DateTime LoadedAt { get; set; }
}
