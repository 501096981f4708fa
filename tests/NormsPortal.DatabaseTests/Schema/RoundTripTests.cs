using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>Every entity is written and read back unchanged, on both providers.</summary>
public sealed class RoundTripTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Work_WithEverythingItOwns_ReadsBackUnchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = database.CreateContext();
        var work = await read.Works
            .Include(w => w.Facts).ThenInclude(f => f.History)
            .Include(w => w.Expressions).ThenInclude(e => e.Provisions).ThenInclude(p => p.FootnoteMarks)
            .Include(w => w.Votes).ThenInclude(v => v.CountryVotes)
            .Include(w => w.Sponsors)
            .Include(w => w.Relations)
            .AsSplitQuery()
            .SingleAsync(w => w.Symbol == SampleGraph.Symbol, Cancel);

        var expected = SampleGraph.Work();
        Assert.Equal(expected.Kind, work.Kind);
        Assert.Equal(expected.Body, work.Body);
        Assert.Equal(expected.Committee, work.Committee);
        Assert.Equal(expected.Title, work.Title);
        Assert.Equal(expected.Session, work.Session);
        Assert.Equal(expected.Date, work.Date);
        Assert.Equal(expected.OfficialUrl, work.OfficialUrl);
        Assert.Equal(expected.AknWorkIri, work.AknWorkIri);

        var title = Assert.Single(work.Facts, f => f.Key == FactKeys.Title);
        Assert.Equal((expected.Facts[0].Value, expected.Facts[0].Source, true, FactOrigin.Seed), (title.Value, title.Source, title.Verified, title.Origin));
        var revision = Assert.Single(title.History);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), revision.RevisedAt);
        Assert.Equal(DateTimeKind.Utc, revision.RevisedAt.Kind);
        Assert.Equal(("curator@example.org", FactOrigin.Import, false), (revision.RevisedBy, revision.OldOrigin, revision.OldVerified));
        Assert.Equal((expected.Title, FactOrigin.Seed, true), (revision.NewValue, revision.NewOrigin, revision.NewVerified));
        var agendaItem = Assert.Single(work.Facts, f => f.Key == FactKeys.AgendaItem);
        Assert.Equal((false, FactOrigin.Curator), (agendaItem.Verified, agendaItem.Origin));

        var english = Assert.Single(work.Expressions, e => e.Language == "en");
        Assert.Equal(("un-text", "A/C.1/73/L.27/Rev.1", "3f2a"), (english.SourceFormat, english.TextOfSymbol, english.ContentHash));
        Assert.Equal(["pp1", "op1", "op1.6", "fn2"], english.Provisions.OrderBy(p => p.Ordinal).Select(p => p.Anchor));
        var item = english.Provisions.Single(p => p.Anchor == "op1.6");
        Assert.Equal((ProvisionKind.Item, "1.6"), (item.Kind, item.Number));
        Assert.Equal(english.Provisions.Single(p => p.Anchor == "op1").Id, item.ParentId);
        Assert.Equal(expected.Expressions[0].Provisions[2].Text, item.Text);
        var mark = Assert.Single(item.FootnoteMarks);
        Assert.Equal((12, "fn2"), (mark.Offset, mark.FootnoteAnchor));
        var chinese = Assert.Single(work.Expressions, e => e.Language == "zh");
        Assert.Equal("回顾其关于信息安全的各项决议，", Assert.Single(chinese.Provisions).Text);

        var plenary = Assert.Single(work.Votes, v => v.Stage == VoteStage.Plenary);
        Assert.Equal((VoteMode.Recorded, 119, 46, 14), (plenary.Mode, plenary.Yes, plenary.No, plenary.Abstain));
        Assert.Equal((new DateOnly(2018, 12, 5), "45th plenary meeting", true), (plenary.Date, plenary.Meeting, plenary.Verified));
        Assert.Equal(
            [("CI", "Côte d’Ivoire", CountryVoteChoice.Yes), ("US", "United States", CountryVoteChoice.No)],
            plenary.CountryVotes.OrderBy(c => c.CountryCode).Select(c => (c.CountryCode, c.CountryName, c.Choice)));
        var paragraphVote = Assert.Single(work.Votes, v => v.Stage == VoteStage.FirstCommittee);
        Assert.Equal((VoteSubject.Paragraph, "pp5", VoteMode.WithoutVote, (int?)null), (paragraphVote.Subject, paragraphVote.SubjectDetail, paragraphVote.Mode, paragraphVote.Yes));

        Assert.Equal(
            [("Bolivia (Plurinational State of)", SponsorRole.Sponsor, 5), ("Russian Federation", SponsorRole.AdditionalSponsor, 1)],
            work.Sponsors.OrderBy(s => s.Name).Select(s => (s.Name, s.Role, s.Ordinal)));
        var relation = Assert.Single(work.Relations);
        Assert.Equal((WorkRelationKind.Endorses, "A/70/174"), (relation.Kind, relation.TargetSymbol));
    }

    [Theory, DatabaseData]
    public async Task Norm_WithStatementAndCounterpart_ReadsBackUnchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Norms.Add(SampleGraph.Norm());
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = database.CreateContext();
        var norm = await read.Norms.Include(n => n.Counterparts).SingleAsync(Cancel);

        var expected = SampleGraph.Norm();
        Assert.Equal((expected.Number, expected.Label, expected.Ordinal), (norm.Number, norm.Label, norm.Ordinal));
        Assert.Equal(expected.Statement, norm.Statement);
        var counterpart = Assert.Single(norm.Counterparts);
        Assert.Equal(expected.Counterparts[0].Target, counterpart.Target);
        Assert.Equal("A/70/174, para. 13 (f)", counterpart.Citation);
        Assert.False(counterpart.Verified);
    }

    [Theory, DatabaseData]
    public async Task CrossReferenceTrackAndKey_ReadBackUnchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            var work = SampleGraph.Work();
            db.Works.Add(work);
            db.Tracks.Add(SampleGraph.Track());
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
            await db.SaveChangesAsync(Cancel);
            db.CrossReferences.Add(SampleGraph.CrossReference(work.Id));
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = database.CreateContext();
        var reference = await read.CrossReferences.Include(r => r.SourceWork).SingleAsync(Cancel);
        Assert.Equal(SampleGraph.Symbol, reference.SourceWork.Symbol);
        Assert.Equal(("en", "pp1", 26, 6, "36/103", "A/RES/36/103", "op2"),
            (reference.SourceLanguage, reference.SourceAnchor, reference.Start, reference.Length, reference.MatchedText, reference.TargetSymbol, reference.TargetAnchor));

        var track = await read.Tracks.Include(t => t.Members).SingleAsync(Cancel);
        Assert.Equal(("developments", 1), (track.Key, track.Ordinal));
        Assert.Equal(["A/RES/71/28", SampleGraph.Symbol], track.Members.OrderBy(m => m.Ordinal).Select(m => m.WorkSymbol));

        var key = await read.DataProtectionKeys.SingleAsync(Cancel);
        Assert.Equal(("key-1", "<key id=\"1\" />"), (key.FriendlyName, key.Xml));
    }

    [Theory, DatabaseData]
    public async Task User_ReadsBackUnchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Users.Add(new PortalUser { UserName = "researcher@example.org", NormalizedUserName = "RESEARCHER@EXAMPLE.ORG", Email = "researcher@example.org", DisplayName = "Ada Researcher" });
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = database.CreateContext();
        var user = await read.Users.SingleAsync(Cancel);
        Assert.Equal(("researcher@example.org", "Ada Researcher"), (user.UserName, user.DisplayName));
    }
}
