using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Reads the documents of one AKN file: a single <c>statement</c>, or a
/// <c>documentCollection</c> whose <c>components</c> are the parts of a resolution
/// (<c>A/RES/75/101 A-B</c> yields <c>A/RES/75/101 A</c> and <c>A/RES/75/101 B</c>). A part
/// takes what it lacks (cover page, workflow, vote) from the collection.
/// </summary>
internal static partial class AknDocumentReader
{
    private const string GeneralAssembly = "General Assembly";

    public static List<ParsedDocument> Read(XElement root, string sourceName, List<ImportMessage> fileMessages)
    {
        var documents = new List<ParsedDocument>();
        var top = root.Elements().FirstOrDefault(e => !e.Is("components"));
        if (!root.Is("akomaNtoso") || top is null)
        {
            fileMessages.Add(new ImportMessage(ImportSeverity.Error, AknMessageCodes.NotAkomaNtoso,
                $"{sourceName} is not an Akoma Ntoso document: its root is <{root.Name.LocalName}>{(top is null ? " with nothing in it" : "")}.", sourceName));
            return documents;
        }

        if (top.Is("documentCollection"))
        {
            var parts = root.Child("components")?.Children("component").Select(c => c.Elements().FirstOrDefault()).OfType<XElement>().ToList() ?? [];
            if (parts.Count == 0)
            {
                fileMessages.Add(new ImportMessage(ImportSeverity.Error, AknMessageCodes.NotAkomaNtoso,
                    $"{sourceName} is a document collection without components.", sourceName));
            }

            foreach (var part in parts)
            {
                AddIfRead(documents, new Source(part, top), sourceName, fileMessages);
            }
        }
        else
        {
            AddIfRead(documents, new Source(top, null), sourceName, fileMessages);
        }

        return documents;
    }

    private static void AddIfRead(List<ParsedDocument> documents, Source source, string sourceName, List<ImportMessage> fileMessages)
    {
        var document = ReadDocument(source, sourceName, fileMessages);
        if (document is not null)
        {
            documents.Add(document);
        }
    }

    private static ParsedDocument? ReadDocument(Source source, string sourceName, List<ImportMessage> fileMessages)
    {
        var frbrLanguage = source.Meta("identification").Path("FRBRExpression", "FRBRlanguage").Attr("language");
        var language = Languages.CodeOf(frbrLanguage);
        if (language is null)
        {
            fileMessages.Add(new ImportMessage(ImportSeverity.Error, AknMessageCodes.UnknownLanguage,
                $"{sourceName}: the language \"{frbrLanguage ?? "(none)"}\" of FRBRExpression/FRBRlanguage is not one of the six official languages.",
                $"{sourceName} › FRBRlanguage"));
            return null;
        }

        var symbol = ReadSymbol(source, sourceName, fileMessages);
        if (symbol is null)
        {
            return null;
        }

        var document = new ParsedDocument
        {
            Symbol = symbol,
            Language = language,
            SourceName = sourceName,
            SourceFormat = AknParser.SourceFormat,
        };
        ReadFacts(source, document);
        ReadWorkflow(source, document);
        ReadVote(source, document);
        ReadText(source.Statement, document);
        return document;
    }

    private static string? ReadSymbol(Source source, string sourceName, List<ImportMessage> fileMessages)
    {
        var workIri = source.Statement.Child("meta").Path("identification", "FRBRWork", "FRBRuri").Attr("value");
        if (source.Collection is null)
        {
            var printed = SymbolOnCover(source.Cover) ?? SymbolFromIri(workIri);
            if (printed is not null)
            {
                return UnSymbol.Normalise(printed);
            }
        }
        else
        {
            // The collection prints "A/RES/75/101 A-B"; each part names its letter.
            var collectionSymbol = SymbolOnCover(source.Cover);
            var letter = source.Statement.Path("preface", "p", "docNumber").FlatText().TrimEnd('.');
            var fromIri = SymbolFromIri(workIri);
            if (collectionSymbol is not null && letter.Length == 1 && char.IsAsciiLetterUpper(letter[0]))
            {
                var baseSymbol = PartRange().Replace(collectionSymbol.Trim(), "");
                return UnSymbol.Normalise(baseSymbol + " " + letter);
            }

            if (fromIri is not null)
            {
                return UnSymbol.Normalise(fromIri);
            }
        }

        var fileName = Path.GetFileName(sourceName);
        if (FileNameSymbol().IsMatch(fileName))
        {
            var symbol = UnSymbol.FromFileName(fileName);
            fileMessages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.SymbolFromFileName,
                $"{sourceName} prints no symbol; {symbol} is taken from the file name.", sourceName));
            return symbol;
        }

        fileMessages.Add(new ImportMessage(ImportSeverity.Error, AknMessageCodes.NoSymbol,
            $"{sourceName}: no document symbol found (coverPage/docNumber, FRBRWork or file name).", sourceName));
        return null;
    }

    private static void ReadFacts(Source source, ParsedDocument document)
    {
        var statement = source.Statement;
        document.Kind = statement.Attr("name") switch
        {
            "resolution" => WorkKind.GaResolution,
            "decision" => WorkKind.GaDecision,
            _ => WorkKind.Other,
        };
        var identification = source.Meta("identification");
        var author = identification.Path("FRBRWork", "FRBRauthor").Attr("href")?.TrimStart('#');
        document.Body = author == "ga" ? GeneralAssembly : NullIfEmpty(source.Cover.DescendantsOrEmpty("docAuthority").LastOrDefault().FlatText());
        document.AknWorkIri = statement.Child("meta").Path("identification", "FRBRWork", "FRBRuri").Attr("value") ?? identification.Path("FRBRWork", "FRBRuri").Attr("value");
        document.AknExpressionIri = statement.Child("meta").Path("identification", "FRBRExpression", "FRBRuri").Attr("value") ?? identification.Path("FRBRExpression", "FRBRuri").Attr("value");

        // Arabic titles follow the number with a dash: "74/28 - الارتقاء …".
        var title = NullIfEmpty(statement.Path("preface", "p", "docTitle").FlatText().TrimStart('-', '–', ' '));
        document.Title = title ?? NullIfEmpty(source.Collection.Path("preface", "p", "docTitle").FlatText().TrimStart('-', '–', ' '));
        document.DocumentLabel = NullIfEmpty(source.Cover.DescendantsOrEmpty("docTitle").FirstOrDefault().FlatText());

        // The symbol carries the session; a cover page can be wrong (the Arabic A/RES/78/237 says the seventy-seventh).
        var session = source.Cover.DescendantsOrEmpty("session").FirstOrDefault();
        var printedSession = int.TryParse(session.Attr("value"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        document.Session = UnSymbol.Session(document.Symbol) ?? printedSession;
        if (printedSession is not null && document.Session != printedSession)
        {
            document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.SessionMismatch,
                $"The cover page gives session {printedSession}, the symbol {document.Symbol} session {document.Session}; the symbol's is kept.",
                $"{document.SourceName} › coverPage/session"));
        }

        var agendaItem = source.Cover.DescendantsOrEmpty("inline").FirstOrDefault(e => e.Attr("name") == "agenda item").FlatText();
        document.AgendaItem = AgendaItemNumbers(agendaItem);

        var proponent = source.Cover.DescendantsOrEmpty("docProponent").FirstOrDefault();
        document.Committee = CommitteeName(proponent.Attr("refersTo"));
        var originating = proponent.DescendantsOrEmpty("inline").FirstOrDefault(e => e.Attr("name") == "originating document").FlatText();
        if (originating.Length > 0)
        {
            var report = OriginatingDocument().Match(originating);
            if (document.Committee is not null && report.Success)
            {
                document.CommitteeReport = UnSymbol.Normalise(report.Groups["symbol"].Value);
                document.ReportParagraph = report.Groups["paragraph"].Success ? report.Groups["paragraph"].Value : null;
            }
            else if (document.Committee is null && report.Success)
            {
                document.DraftSymbol = UnSymbol.Normalise(report.Groups["symbol"].Value);
            }
        }

        var conclusions = statement.Child("conclusions");
        var meeting = conclusions.DescendantsOrEmpty("inline").FirstOrDefault(e => e.Attr("name") == "adoptionMeeting")
            ?? conclusions.DescendantsOrEmpty("location").FirstOrDefault(e => e.Attr("refersTo") == "#adoptionMeeting");
        document.Meeting = NullIfEmpty(meeting.FlatText());
        document.Date = ParseDate(identification.Path("FRBRWork").ChildrenOrEmpty("FRBRdate").FirstOrDefault(d => d.Attr("name") == "adoption").Attr("date"))
            ?? ParseDate(conclusions.DescendantsOrEmpty("docDate").FirstOrDefault().Attr("date"));
    }

    private static void ReadWorkflow(Source source, ParsedDocument document)
    {
        foreach (var step in source.Meta("workflow").ChildrenOrEmpty("step"))
        {
            var symbol = step.Attr("as");
            switch (step.Attr("outcome"))
            {
                case "draftResolution":
                    document.DraftSymbol = symbol is null ? document.DraftSymbol : UnSymbol.Normalise(symbol);
                    document.Sponsors.AddRange(SponsorList.Split(step.Attr("by")).Where(s => !document.Sponsors.Contains(s)));
                    break;
                case "draftResolutionAdditionalSponsors":
                    document.AdditionalSponsors.AddRange(SponsorList.Split(step.Attr("by")).Where(s => !document.AdditionalSponsors.Contains(s)));
                    break;
                case "recommendedForAdoption" when symbol is not null:
                    document.CommitteeReport = UnSymbol.Normalise(symbol);
                    document.ReportParagraph = step.Attr("refersTo") ?? document.ReportParagraph;
                    break;
                case "adopted":
                    document.MeetingRecord = symbol is null ? document.MeetingRecord : UnSymbol.Normalise(symbol);
                    document.Date ??= ParseDate(step.Attr("date"));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The plenary vote of <c>analysis/parliamentary/voting</c>, with the Member States where the file lists them.</summary>
    private static void ReadVote(Source source, ParsedDocument document)
    {
        var voting = source.Meta("analysis").Path("parliamentary", "voting");
        if (voting is null)
        {
            return;
        }

        var outcome = voting.Attr("outcome") ?? "";
        var counts = new Dictionary<string, (int? Value, List<string> Voters)>();
        foreach (var count in voting.Children("count"))
        {
            var category = count.Attr("refersTo")?.TrimStart('#') ?? "";
            var value = int.TryParse(count.Attr("value"), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
            var voters = count.DescendantsNamed("organization").Select(o => o.FlatText()).Where(n => n.Length > 0).ToList();
            counts[category] = (value, voters);
            if (value is not null && voters.Count > 0 && voters.Count != value)
            {
                document.Messages.Add(new ImportMessage(ImportSeverity.Warning, AknMessageCodes.VoteCountMismatch,
                    $"The vote counts {value} {category} but lists {voters.Count} Member States.", $"{document.SourceName} › voting/count[{category}]"));
            }
        }

        var printed = RecordedVoteText().Match(outcome);
        VoteMode? mode = outcome.Contains("RecordedVote", StringComparison.OrdinalIgnoreCase) && !outcome.Contains("NonRecorded", StringComparison.OrdinalIgnoreCase) ? VoteMode.Recorded
            : outcome.Contains("NonRecorded", StringComparison.OrdinalIgnoreCase) ? VoteMode.NonRecorded
            : outcome.Contains("WithoutVote", StringComparison.OrdinalIgnoreCase) || outcome.Contains("without vote", StringComparison.OrdinalIgnoreCase) ? VoteMode.WithoutVote
            : printed.Success || counts.Count > 0 ? VoteMode.Recorded
            : null;
        if (mode is null)
        {
            return;
        }

        int? Count(string category, int group)
        {
            if (counts.TryGetValue(category, out var count))
            {
                return count.Value ?? count.Voters.Count;
            }

            if (printed.Success)
            {
                return int.Parse(printed.Groups[group].Value, CultureInfo.InvariantCulture);
            }

            // The UN leaves out a category nobody voted in.
            return mode == VoteMode.Recorded && counts.Count > 0 ? 0 : null;
        }

        var countryVotes = new List<ParsedCountryVote>();
        AddCountries(countryVotes, counts, "inFavour", CountryVoteChoice.Yes);
        AddCountries(countryVotes, counts, "against", CountryVoteChoice.No);
        AddCountries(countryVotes, counts, "abstaining", CountryVoteChoice.Abstain);
        document.Votes.Add(new ParsedVote
        {
            Mode = mode.Value,
            Yes = mode == VoteMode.WithoutVote ? null : Count("inFavour", 1),
            No = mode == VoteMode.WithoutVote ? null : Count("against", 2),
            Abstain = mode == VoteMode.WithoutVote ? null : Count("abstaining", 3),
            Date = document.Date,
            Meeting = document.Meeting,
            Source = document.CitedSource,
            CountryVotes = countryVotes,
        });
        document.AdoptionMode = AdoptionModeText(mode.Value);
    }

    private static void AddCountries(List<ParsedCountryVote> votes, Dictionary<string, (int? Value, List<string> Voters)> counts, string category, CountryVoteChoice choice)
    {
        if (counts.TryGetValue(category, out var count))
        {
            votes.AddRange(count.Voters.Select(name => ParsedCountryVote.Named(name, choice)));
        }
    }

    private static void ReadText(XElement statement, ParsedDocument document)
    {
        var annexPrefixes = AnnexPrefixes(statement);
        var footnotes = FootnoteIndex.Build(statement, annexPrefixes, document);
        var blocks = new AknBodyReader(document, new InlineContentReader(footnotes), annexPrefixes).Read(statement);
        new ProvisionTreeBuilder(document).Build(blocks);
    }

    /// <summary>The anchor prefix of each annex: <c>annex</c> when there is one, <c>annex1</c>, <c>annex2</c> … when there are several.</summary>
    private static Dictionary<XElement, string> AnnexPrefixes(XElement statement)
    {
        var attachments = statement.Child("attachments")?.Children("attachment").ToList() ?? [];
        var prefixes = new Dictionary<XElement, string>();
        for (var i = 0; i < attachments.Count; i++)
        {
            prefixes[attachments[i]] = attachments.Count == 1 ? "annex" : "annex" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        return prefixes;
    }

    /// <summary>"Agenda item 74 (b)", "Point 93 de l’ordre du jour", "议程项目93" → "74 (b)", "93"; several items are joined with "and".</summary>
    public static string? AgendaItemNumbers(string? agendaItem)
    {
        var items = agendaItem is null ? [] : AgendaItemNumber().Matches(agendaItem).Select(m => m.Value).ToList();
        return items.Count == 0 ? null : string.Join(" and ", items);
    }

    public static string AdoptionModeText(VoteMode mode) => mode switch
    {
        VoteMode.Recorded => "By a recorded vote",
        VoteMode.WithoutVote => "Without a vote",
        _ => "By a non-recorded vote",
    };

    /// <summary>The committee's English name from the AKN term the cover page refers to; null for the plenary.</summary>
    private static string? CommitteeName(string? reference) => reference?.TrimStart('#') switch
    {
        "firstCommittee" => "First Committee",
        "secondCommittee" => "Second Committee",
        "thirdCommittee" => "Third Committee",
        "fourthCommittee" => "Fourth Committee",
        "fifthCommittee" => "Fifth Committee",
        "sixthCommittee" => "Sixth Committee",
        _ => null,
    };

    private static string? SymbolOnCover(XElement? cover)
    {
        var numbers = cover.DescendantsOrEmpty("docNumber").ToList();
        var symbol = numbers.FirstOrDefault(n => n.Attr("refersTo") == "#symbol") ?? numbers.FirstOrDefault();
        return NullIfEmpty(symbol.FlatText());
    }

    /// <summary>"/akn/un/statement/deliberation/unga/2019-12-12/74-28/" → A/RES/74/28; "75-101A" → A/RES/75/101 A.</summary>
    private static string? SymbolFromIri(string? workIri)
    {
        var match = workIri is null ? Match.Empty : WorkIri().Match(workIri);
        if (!match.Success)
        {
            return null;
        }

        var part = match.Groups["part"].Success ? " " + match.Groups["part"].Value : "";
        return $"A/RES/{match.Groups["session"].Value}/{match.Groups["number"].Value}{part}";
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        // 0001-01-01 is how the workflow says "no date".
        return date.Year > 1900 ? date : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<XElement> DescendantsOrEmpty(this XElement? element, string localName) =>
        element is null ? [] : element.DescendantsNamed(localName);

    private static IEnumerable<XElement> ChildrenOrEmpty(this XElement? element, string localName) =>
        element is null ? [] : element.Children(localName);

    /// <summary>A document (a statement, or a part with the collection it belongs to).</summary>
    private sealed record Source(XElement Statement, XElement? Collection)
    {
        public XElement? Cover => Statement.Child("coverPage") ?? Collection.Child("coverPage");

        /// <summary>A meta section of the part, or else of the collection.</summary>
        public XElement? Meta(string name) => Statement.Child("meta").Child(name) ?? Collection.Child("meta").Child(name);
    }

    [GeneratedRegex(@"\s*[A-Z](?:\s*[-–]\s*[A-Z]|(?:\s*,\s*[A-Z])+)?$")]
    private static partial Regex PartRange();

    [GeneratedRegex(@"/unga/[0-9-]+/(?<session>(?:ES-|S-)?[0-9]+)-(?<number>[0-9]+)(?<part>[A-Z])?/?$")]
    private static partial Regex WorkIri();

    [GeneratedRegex(@"^(?<symbol>[A-Z]+/[^\s,]+(?:\s(?:Add|Corr|Rev)\.[0-9]+)?)(?:,\s*paras?\.\s*(?<paragraph>[0-9]+))?")]
    private static partial Regex OriginatingDocument();

    [GeneratedRegex(@"[0-9]+(?: ?\([a-z]\))?")]
    private static partial Regex AgendaItemNumber();

    [GeneratedRegex(@"(\d+)-(\d+)-(\d+)")]
    private static partial Regex RecordedVoteText();

    [GeneratedRegex(@"^A_RES_", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameSymbol();
}
