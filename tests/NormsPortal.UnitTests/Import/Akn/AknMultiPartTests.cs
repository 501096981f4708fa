using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>Files holding several resolutions (documentCollection with components), from the bulk English corpus.</summary>
public sealed class AknMultiPartTests
{
    [Fact]
    public void Parse_75_101_A_B_YieldsOneDocumentPerPart()
    {
        var result = AknParser.ParseFile(AknTestData.Fixture("75_101A-B_E.xml"), "75/75_101A-B_E.xml");
        var xml = AknTestData.LoadXml(AknTestData.Fixture("75_101A-B_E.xml"));
        var components = xml.Root!.ChildrenNamed("components").Single().ChildrenNamed("component").ToList();

        Assert.True(result.Succeeded);
        Assert.Equal(["A/RES/75/101 A", "A/RES/75/101 B"], result.Documents.Select(d => d.Symbol));
        var (partA, partB) = (result.Documents[0], result.Documents[1]);
        Assert.Equal("Information in the service of humanity", partA.Title);
        Assert.Equal("United Nations global communications policies and activities", partB.Title);
        Assert.Equal("/akn/un/statement/deliberation/unga/2020-12-10/75-101A/", partA.AknWorkIri);
        Assert.Equal("/akn/un/statement/deliberation/unga/2020-12-10/75-101B/eng@/", partB.AknExpressionIri);

        // Each part has its own provisions: as many preambular paragraphs as its component's preamble holds.
        for (var i = 0; i < 2; i++)
        {
            var preamble = components[i].Named("preamble").Single().ChildrenNamed("container").Count();
            Assert.Equal(preamble, result.Documents[i].Provisions.Count(p => p.Kind == ProvisionKind.Preamble));
            Assert.Equal(components[i].Named("authorialNote").Count(), result.Documents[i].Footnotes.Count);
        }

        // Part A's single operative paragraph is unnumbered; its items hang from it.
        var urges = partA.Provisions.Single(p => p.Kind == ProvisionKind.Other);
        Assert.StartsWith("Urges all countries", urges.Text, StringComparison.Ordinal);
        Assert.Equal(["opa", "opb", "opc", "opd", "ope", "opf"], urges.Children.Select(c => c.Anchor));
        Assert.Equal(["ope.i", "ope.ii", "ope.iii", "ope.iv"], urges.Children[4].Children.Select(c => c.Anchor));
        var numbered = components[1].Named("num").Count(n => System.Text.RegularExpressions.Regex.IsMatch(n.Value.Trim(), @"^[0-9]+\.$"));
        Assert.Equal(numbered, partB.Provisions.Count(p => p.Kind == ProvisionKind.Operative));
        Assert.Equal(Enumerable.Range(1, numbered).Select(n => "op" + n), partB.Provisions.Where(p => p.Kind == ProvisionKind.Operative).Select(p => p.Anchor));
        // Footnote numbers run on from part A into part B, as printed.
        Assert.Equal(["fn1", "fn2"], partA.Footnotes.Select(f => f.Anchor));
        Assert.Equal("fn3", partB.Footnotes[0].Anchor);

        // What the collection says holds for each part: the cover page, the workflow, the vote.
        Assert.All(result.Documents, d =>
        {
            Assert.Equal("Fourth Committee", d.Committee);
            Assert.Equal("A/75/415", d.CommitteeReport);
            Assert.Equal("8", d.ReportParagraph);
            Assert.Equal("A/75/PV.41", d.MeetingRecord);
            Assert.Equal(new DateOnly(2020, 12, 10), d.Date);
            Assert.Equal(["Committee on Information"], d.Sponsors);
            Assert.Equal(VoteMode.WithoutVote, d.Votes.Single().Mode);
            Assert.Equal("41st plenary meeting", d.Meeting);
        });
    }

    [Fact]
    public void Parse_75_254_A_C_GivesEachPartTheRecordedVoteOfTheCollection()
    {
        var result = AknParser.ParseFile(AknTestData.Fixture("75_254_E.xml"), "75/75_254_E.xml");

        Assert.Equal(["A/RES/75/254 A", "A/RES/75/254 B", "A/RES/75/254 C"], result.Documents.Select(d => d.Symbol));
        Assert.All(result.Documents, d =>
        {
            var vote = d.Votes.Single();
            Assert.Equal((VoteMode.Recorded, (int?)168, (int?)2, (int?)0), (vote.Mode, vote.Yes, vote.No, vote.Abstain));
            Assert.Equal(170, vote.CountryVotes.Count);
        });
        Assert.Equal("Budget appropriations for 2021", result.Documents[0].Title);
    }
}
