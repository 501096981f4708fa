using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NormsPortal.Data.Corpus;

/// <summary>
/// What the shipped corpus is, cheap to tell without parsing it: a SHA-256 over every file under its folder (its path
/// within the folder, its size and the SHA-256 of its bytes), and over the database schema it is loaded into (the
/// latest migration), since a new schema may need the corpus loaded again (an index added is filled from it). Two
/// starts with the same fingerprint have the same files to load into the same schema.
/// </summary>
public static class ShippedCorpusFingerprint
{
    public static async Task<string> OfAsync(string root, string? latestMigration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(file => (File: file, Name: Path.GetRelativePath(root, file).Replace('\\', '/')))
            .OrderBy(file => file.Name, StringComparer.Ordinal);
        var listing = new StringBuilder().Append("schema\t").Append(latestMigration).Append('\n');
        foreach (var (file, name) in files)
        {
            await using var content = File.OpenRead(file);
            var hash = await SHA256.HashDataAsync(content, cancellationToken);
            listing.Append(name).Append('\t').Append(content.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Convert.ToHexStringLower(hash)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}
