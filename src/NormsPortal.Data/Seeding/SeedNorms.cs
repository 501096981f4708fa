using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Maps <c>norm-sources.json</c> to <see cref="Norm"/> rows: the statement is 73/27's operative
/// paragraph 1.N (quote empty: the seeder fills it from the database), the counterparts are the
/// paragraphs of the 2015 report (<c>13(f)</c> → A/70/174, <c>op13f</c>, "A/70/174, para. 13 (f)"),
/// confirmed by the curators who made the mapping, or the <c>earlier</c> report paragraph with the
/// file's own verified flag.
/// </summary>
public static partial class SeedNorms
{
    /// <summary>The resolution whose operative paragraph 1 states the norms.</summary>
    public const string StatementSymbol = "A/RES/73/27";

    /// <summary>The report the file's <c>gge2015</c> paragraphs belong to.</summary>
    public const string Gge2015ReportSymbol = "A/70/174";

    public static List<Norm> Map(SeedCatalog catalog) =>
        catalog.Norms.Select((norm, index) => ToNorm(norm, index + 1)).ToList();

    /// <summary>Whether a <c>gge2015</c> entry has the form the mapping reads: a paragraph number and a letter, <c>13(f)</c>.</summary>
    public static bool IsGge2015Paragraph(string paragraph) => LetteredParagraph().IsMatch(paragraph);

    private static Norm ToNorm(SeedNorm seed, int ordinal)
    {
        var norm = new Norm
        {
            Number = seed.Number,
            Label = seed.Label,
            Ordinal = ordinal,
            Statement = new TextReference { Symbol = StatementSymbol, Anchor = ProvisionAnchor.Operative(seed.Number) },
        };
        norm.Counterparts.AddRange(seed.Gge2015Paragraphs.Select(Gge2015Counterpart));
        if (seed.Earlier is { } earlier)
        {
            norm.Counterparts.Add(new NormCounterpart
            {
                Target = new TextReference { Symbol = earlier.Document, Anchor = ProvisionAnchor.Operative(earlier.Paragraph) },
                Citation = string.Create(CultureInfo.InvariantCulture, $"{earlier.Document}, para. {earlier.Paragraph}"),
                Verified = earlier.Verified,
                Note = earlier.Note,
            });
        }

        return norm;
    }

    private static NormCounterpart Gge2015Counterpart(string paragraph)
    {
        var match = LetteredParagraph().Match(paragraph);
        var printed = $"{match.Groups["number"].Value} ({match.Groups["letter"].Value})";
        return new NormCounterpart
        {
            Target = new TextReference { Symbol = Gge2015ReportSymbol, Anchor = ProvisionAnchor.Operative(printed) },
            Citation = $"{Gge2015ReportSymbol}, para. {printed}",
            Verified = true,
        };
    }

    [GeneratedRegex(@"^(?<number>\d+)\s*\((?<letter>[a-z])\)$")]
    private static partial Regex LetteredParagraph();
}
