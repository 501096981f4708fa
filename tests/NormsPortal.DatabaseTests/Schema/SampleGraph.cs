using NormsPortal.Data.Model;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>A small but complete object graph holding every entity of the model, with non-default values everywhere.</summary>
internal static class SampleGraph
{
    public const string Symbol = "A/RES/73/27";

    public static Work Work()
    {
        var work = new Work
        {
            Symbol = Symbol,
            Kind = WorkKind.GaResolution,
            Body = "General Assembly",
            Committee = "First Committee",
            Title = "Developments in the field of information and telecommunications in the context of international security",
            Session = 73,
            Date = new DateOnly(2018, 12, 5),
            OfficialUrl = "https://undocs.org/A/RES/73/27",
            AknWorkIri = "/akn/un/statement/deliberation/unga/2018-12-05/73-27/",
        };

        var title = new Fact { Key = FactKeys.Title, Value = work.Title, Source = "Voeten UNGA voting data", Verified = true, Origin = FactOrigin.Seed };
        title.History.Add(new FactRevision
        {
            OldValue = "Developments in the field of information",
            OldSource = "an earlier guess",
            OldVerified = false,
            OldOrigin = FactOrigin.Import,
            NewValue = work.Title,
            NewSource = "Voeten UNGA voting data",
            NewVerified = true,
            NewOrigin = FactOrigin.Seed,
            RevisedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            RevisedBy = "curator@example.org",
        });
        work.Facts.Add(title);
        work.Facts.Add(new Fact { Key = FactKeys.AgendaItem, Value = "96", Source = "A/73/251", Verified = false, Origin = FactOrigin.Curator });

        var english = new Expression
        {
            Language = "en",
            Source = "A_C.1_73_L.27_Rev.1.txt",
            SourceFormat = "un-text",
            TextOfSymbol = "A/C.1/73/L.27/Rev.1",
            ContentHash = "3f2a",
        };
        var operative = new Provision { Kind = ProvisionKind.Operative, Number = "1", Anchor = "op1", Ordinal = 2, Text = "Welcomes the following norms:" };
        var item = new Provision
        {
            Kind = ProvisionKind.Item,
            Number = "1.6",
            Anchor = "op1.6",
            Ordinal = 3,
            Text = "A State should not conduct or knowingly support ICT activity contrary to its obligations under international law …",
            Parent = operative,
        };
        item.FootnoteMarks.Add(new FootnoteMark { Offset = 12, FootnoteAnchor = "fn2" });
        operative.Children.Add(item);
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Preamble, Anchor = "pp1", Ordinal = 1, Text = "Recalling its resolutions 36/103 of 9 December 1981," });
        english.Provisions.Add(operative);
        english.Provisions.Add(item);
        english.Provisions.Add(new Provision { Kind = ProvisionKind.Footnote, Number = "2", Anchor = "fn2", Ordinal = 4, Text = "A/70/174." });
        work.Expressions.Add(english);

        var chinese = new Expression { Language = "zh", Source = "zh/A_RES_73_27.xml", SourceFormat = "akn" };
        chinese.Provisions.Add(new Provision { Kind = ProvisionKind.Preamble, Anchor = "pp1", Ordinal = 1, Text = "回顾其关于信息安全的各项决议，" });
        work.Expressions.Add(chinese);

        var vote = new Vote
        {
            Stage = VoteStage.Plenary,
            Subject = VoteSubject.WholeText,
            Mode = VoteMode.Recorded,
            Yes = 119,
            No = 46,
            Abstain = 14,
            Date = new DateOnly(2018, 12, 5),
            Meeting = "45th plenary meeting",
            Source = "Voeten UNGA voting data",
            Verified = true,
        };
        vote.CountryVotes.Add(new CountryVote { CountryCode = "CI", CountryName = "Côte d’Ivoire", Choice = CountryVoteChoice.Yes });
        vote.CountryVotes.Add(new CountryVote { CountryCode = "US", CountryName = "United States", Choice = CountryVoteChoice.No });
        work.Votes.Add(vote);
        work.Votes.Add(new Vote
        {
            Stage = VoteStage.FirstCommittee,
            Subject = VoteSubject.Paragraph,
            SubjectDetail = "pp5",
            Mode = VoteMode.WithoutVote,
        });

        work.Sponsors.Add(new Sponsor { Name = "Bolivia (Plurinational State of)", Role = SponsorRole.Sponsor, Ordinal = 5, Source = "A/C.1/73/L.27/Rev.1" });
        work.Sponsors.Add(new Sponsor { Name = "Russian Federation", Role = SponsorRole.AdditionalSponsor, Ordinal = 1 });
        work.Relations.Add(new WorkRelation { Kind = WorkRelationKind.Endorses, TargetSymbol = "A/70/174", Source = "series.json" });
        return work;
    }

    public static Norm Norm()
    {
        var norm = new Norm
        {
            Number = "1.6",
            Label = "Do not damage critical infrastructure",
            Ordinal = 6,
            Statement = new TextReference { Symbol = Symbol, Anchor = "op1.6", Quote = "A State should not conduct or knowingly support ICT activity" },
        };
        norm.Counterparts.Add(new NormCounterpart
        {
            Target = new TextReference { Symbol = "A/70/174", Anchor = "op13f" },
            Citation = "A/70/174, para. 13 (f)",
            Verified = false,
        });
        return norm;
    }

    public static CrossReference CrossReference(int sourceWorkId) => new()
    {
        SourceWorkId = sourceWorkId,
        SourceLanguage = "en",
        SourceAnchor = "pp1",
        Start = 26,
        Length = 6,
        MatchedText = "36/103",
        TargetSymbol = "A/RES/36/103",
        TargetAnchor = "op2",
    };

    public static Track Track()
    {
        var track = new Track { Key = "developments", Title = "Developments in the field of information and telecommunications", Ordinal = 1 };
        track.Members.Add(new TrackMember { WorkSymbol = "A/RES/71/28", Ordinal = 19 });
        track.Members.Add(new TrackMember { WorkSymbol = Symbol, Ordinal = 20 });
        return track;
    }
}
