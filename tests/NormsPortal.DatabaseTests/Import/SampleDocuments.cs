using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;


namespace NormsPortal.DatabaseTests.Import;

/// <summary>Parsed documents built in code, shaped like what the parsers produce for the ICT resolutions.</summary>
internal static class SampleDocuments
{
    public const string Symbol = "A/RES/74/28";
    public const string EnglishTitle = "Advancing responsible State behaviour in cyberspace in the context of international security";
    public const string FrenchTitle = "Favoriser le comportement responsable des États dans le cyberespace dans le contexte de la sécurité internationale";

    /// <summary>A complete resolution: metadata, sponsors, two votes with States' votes, a tree three levels deep and a footnote.</summary>
    public static ParsedDocument Resolution(string language = "en")
    {
        var english = language == "en";
        var document = new ParsedDocument
        {
            Symbol = Symbol,
            Language = language,
            SourceName = "A_RES_74_28.xml",
            SourceFormat = "akn",
            Kind = WorkKind.GaResolution,
            Title = english ? EnglishTitle : FrenchTitle,
            Body = english ? "General Assembly" : "Assemblée générale",
            Committee = english ? "First Committee" : "Première Commission",
            AgendaItem = "93",
            Session = 74,
            Date = new DateOnly(2019, 12, 12),
            DraftSymbol = "A/C.1/74/L.49/Rev.1",
            CommitteeReport = "A/74/395",
            ReportParagraph = "39",
            Meeting = english ? "46th plenary meeting" : "46e séance plénière",
            MeetingRecord = "A/74/PV.46",
            AdoptionMode = english ? "By a recorded vote" : "À l’issue d’un vote enregistré",
            AknWorkIri = "/akn/un/statement/deliberation/unga/2019-12-12/74-28/",
        };
        document.Sponsors.AddRange(["United States of America", "Australia", "Japan"]);
        document.AdditionalSponsors.Add("Albania");
        document.Votes.Add(new ParsedVote
        {
            Stage = VoteStage.Plenary,
            Mode = VoteMode.Recorded,
            Yes = 163,
            No = 10,
            Abstain = 6,
            Date = new DateOnly(2019, 12, 12),
            Meeting = "46th plenary meeting",
            CountryVotes =
            [
                new ParsedCountryVote("Albania", CountryVoteChoice.Yes, "AL"),
                new ParsedCountryVote("China", CountryVoteChoice.No, "CN"),
                new ParsedCountryVote("India", CountryVoteChoice.Abstain, "IN"),
            ],
        });
        document.Votes.Add(new ParsedVote { Stage = VoteStage.FirstCommittee, Mode = VoteMode.Recorded, Yes = 161, No = 10, Abstain = 8 });

        var recalling = new ParsedProvision { Kind = ProvisionKind.Preamble, Anchor = "pp1", Text = Words(language, "Recalling its resolutions 73/27 of 5 December 2018,") };
        recalling.FootnoteMarks.Add(new ParsedFootnoteMark(50, "fn1"));
        var calls = new ParsedProvision { Kind = ProvisionKind.Operative, Number = "2", Anchor = "op2", Text = Words(language, "Calls upon Member States:") };
        calls.Children.Add(new ParsedProvision { Kind = ProvisionKind.Item, Number = "(a)", Anchor = "op2a", Text = Words(language, "To be guided in their use of ICTs by the 2015 report;") });
        var support = new ParsedProvision { Kind = ProvisionKind.Item, Number = "(b)", Anchor = "op2b", Text = Words(language, "To support the implementation of:") };
        support.Children.Add(new ParsedProvision { Kind = ProvisionKind.Item, Number = "(i)", Anchor = "op2b.i", Text = Words(language, "Cooperative measures;") });
        calls.Children.Add(support);
        document.Provisions.Add(recalling);
        document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Preamble, Anchor = "pp2", Text = Words(language, "Noting the report of the Group of Governmental Experts,") });
        document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Operative, Number = "1", Anchor = "op1", Text = Words(language, "Welcomes the work of the Group;") });
        document.Provisions.Add(calls);
        document.Footnotes.Add(new ParsedProvision { Kind = ProvisionKind.Footnote, Number = "1", Anchor = "fn1", Text = Words(language, "See A/70/174.") });
        return document;
    }

    /// <summary>A resolution of session 75 with a title and plain operative paragraphs (<c>op1</c>, <c>op2</c> …) in one language.</summary>
    public static ParsedDocument WithParagraphs(string symbol, string language, string title, params string[] paragraphs)
    {
        var document = new ParsedDocument
        {
            Symbol = symbol,
            Language = language,
            SourceName = $"{symbol.Replace('/', '_')}_{language}.xml",
            SourceFormat = "akn",
            Kind = WorkKind.GaResolution,
            Title = title,
            Session = 75,
            Date = new DateOnly(2020, 12, 7),
        };
        for (var i = 0; i < paragraphs.Length; i++)
        {
            document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Operative, Number = $"{i + 1}", Anchor = $"op{i + 1}", Text = paragraphs[i] });
        }

        return document;
    }

    /// <summary>The revised draft of 73/27 as the UN-text parser reads it.</summary>
    public static ParsedDocument RevisedDraft()
    {
        var document = new ParsedDocument
        {
            Symbol = "A/C.1/73/L.27/Rev.1",
            Language = "en",
            SourceName = "A_C.1_73_L.27_Rev.1.txt",
            SourceFormat = "un-text",
            Kind = WorkKind.DraftResolution,
            Title = "Developments in the field of information and telecommunications in the context of international security",
            Body = "General Assembly",
            Committee = "First Committee",
            AgendaItem = "96",
            Session = 73,
            Date = new DateOnly(2018, 10, 29),
            DocumentLabel = "revised draft resolution",
        };
        document.Sponsors.AddRange(["Russian Federation", "Belarus"]);
        document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Preamble, Anchor = "pp1", Text = "Noting that considerable progress has been achieved in developing information technologies," });
        var welcomes = new ParsedProvision { Kind = ProvisionKind.Operative, Number = "1", Anchor = "op1", Text = "Welcomes the following norms:" };
        welcomes.Children.Add(new ParsedProvision { Kind = ProvisionKind.Item, Number = "1.6", Anchor = "op1.6", Text = "A State should not conduct or knowingly support ICT activity contrary to its obligations under international law;" });
        document.Provisions.Add(welcomes);
        return document;
    }

    /// <summary>Resolution 75/<paramref name="number"/>, with a title and numbered paragraphs: one of a batch.</summary>
    public static ParsedDocument Numbered(int number, int provisions = 3)
    {
        var document = Plain($"A/RES/75/{number}", $"A_RES_75_{number}.xml", provisions);
        document.Title = $"Resolution number {number}";
        document.Session = 75;
        document.Date = new DateOnly(2020, 12, 7);
        return document;
    }

    /// <summary>An English AKN text of numbered paragraphs and nothing else.</summary>
    public static ParsedDocument Plain(string symbol, string sourceName, int provisions = 3)
    {
        var document = new ParsedDocument { Symbol = symbol, Language = "en", SourceName = sourceName, SourceFormat = "akn", Kind = WorkKind.GaResolution };
        for (var i = 1; i <= provisions; i++)
        {
            document.Provisions.Add(new ParsedProvision { Kind = ProvisionKind.Operative, Number = $"{i}", Anchor = $"op{i}", Text = $"Paragraph {i} of {symbol}." });
        }

        return document;
    }

    private static string Words(string language, string english) => language == "en" ? english : $"[{language}] {english}";
}
