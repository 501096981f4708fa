using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>The English words around references: the language the portal must understand fully.</summary>
internal static partial class EnglishVocabulary
{
    public static ReferenceVocabulary Instance { get; } = new(
        Ibid(),
        new NumberedMentionWords(Noun(), IssuerAfter(), DateAfter(), ListSeparator(), ItemDetails(), Description(), IssuerBefore(), OtherBodyBefore()),
        new PinpointWords(PinpointNoun(), PinpointSeparator(), PinpointTail()),
        OfficialRecords());

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Rr]esolutions?|[Dd]ecisions?)(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Noun();

    // A council or assembly named alone ("in accordance with Council resolution 1996/31") is not
    // preceded by another capitalised word, except a preamble's participle ("Recalling Council resolution").
    // The Human Rights Council's annual report (A/70/53) reprints its resolutions: "(A/73/53), chap. IV,
    // sect. A, resolution 37/17" is the Council's.
    [GeneratedRegex(
        """
        (?:
          (?<either>General\s+Assembly\s+and\s+(?:the\s+)?Security\s+Council)
        | (?<councilReport>\(A/\d{1,3}/53\b[^()]*\)(?:,\s+(?:chap|sect)\.\s+[A-Z0-9.]+)+,)
        | (?<ga>General\s+Assembly|\bUNGA|(?<!\p{Lu}[\p{L}’'-]*(?<!ing)\s+)Assembly)
        | (?<hrc>Human\s+Rights\s+Council|\bHRC)
        | (?<ecosoc>Economic\s+and\s+Social\s+Council|\bECOSOC)
        | (?<sc>Security\s+Council)
        | (?<council>(?<!\p{Lu}[\p{L}’'-]*(?<!ing)\s+|Governing\s+)Council)
        )
        (?<via>,?\s+(?:in|by|under|of|(?:submitted\s+)?pursuant\s+to)(?:\s+its)?)?
        \s+\z
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex IssuerBefore();

    [GeneratedRegex(
        """
        (?:
          (?:Commission|Committee|Conference|Board|Council|Assembly|Forum|Congress|Parties|Programme|Organization|Agency|Union|Court|Tribunal|Authority|Meeting|Summit)
          (?:(?:\s+(?:on|of|for|and|the|to|in|against))*\s+\p{Lu}[\p{L}’'-]*)*
        | \b(?![IVXLC]+\b)\p{Lu}{2,}\b
        )
        (?:,?\s+(?:in|by|under)(?:\s+its)?)?
        \s+\z
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex OtherBodyBefore();

    [GeneratedRegex(
        """
        \G,?\s+(?:of|adopted\s+by)\s+the\s+(?:
          (?<hrc>Human\s+Rights\s+Council)
        | (?<sc>Security\s+Council)
        | (?<ecosoc>Economic\s+and\s+Social\s+Council)
        | (?<ga>General\s+Assembly|Assembly)
        | (?<council>Council)(?![\u0020\u00A0]+(?:of|on|for)\b)
        | (?<other>(?:\p{Lu}[\p{L}’'-]*\s+)*(?:Commission|Committee|Conference|Board|Council|Assembly|Forum|Congress|Meeting|Organization|Parties|Programme|Union))
        )(?![\p{L}])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex IssuerAfter();

    // \d{0,2} after the year swallows a footnote marker glued to it by PDF extraction ("5 July 20124").
    [GeneratedRegex(
        @"\G,?\s+of\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>\d{4})\d{0,2}(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\G(?:[,;](?:\s+and)?|\s+and)", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(
        @"\G(?:,\s+(?:(?:in\s+particular\s+)?(?:paras?\.|paragraphs?)\s+\d[\d.–-]*(?:\s?\([a-z]+\))*(?:\s+(?:to|and)\s+\d+)?|sect\.\s+[A-Z0-9]+(?:\.[A-Z0-9]+)*|annex(?:es)?(?:\s+[IVX]+)?))*",
        RegexOptions.CultureInvariant)]
    private static partial Regex ItemDetails();

    [GeneratedRegex(
        @"\G,?\s+(?:on|entitled|concerning|regarding|relating\s+to|by\s+which|in\s+which)\s+(?:“[^”]{0,300}”|(?![Rr]esolution|[Dd]ecision)[^,;:.“”()]){0,250}?(?=(?:[,;](?:\s+and)?|\s+and)\s*(?:E?S-)?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Pp]aragraphs?|[Pp]aras?\.)", RegexOptions.CultureInvariant)]
    private static partial Regex PinpointNoun();

    [GeneratedRegex(@"\G(?:,(?:\s+and)?|\s+(?:and|to))(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PinpointSeparator();

    [GeneratedRegex(
        """
        \G\s+(?:
          (?<here>above|below)(?![\p{L}])
        | of\s+(?<annex>the\s+annex\s+to\s+)?(?:
            (?:the\s+present|this)\s+(?<selfNoun>resolution|decision|report|annex|document)(?![\p{L}])
          | (?:that|the\s+said|the\s+same|the\s+above-mentioned)\s+(?<thatNoun>resolution|decision|report)(?![\p{L}])
          | the\s+(?<thatNoun>report)(?![\p{L}])
          | (?<explicit>(?:(?:its|their|the|document)\s+){0,2})
          )
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PinpointTail();

    [GeneratedRegex(@"(?<![\p{L}])[Ii]bid\.", RegexOptions.CultureInvariant)]
    private static partial Regex Ibid();

    // "Ibid., Sixty-ninth Session, …" continues the Official Records of the previous footnote.
    [GeneratedRegex(
        @"(?:Official\s+Records\s+of\s+the\s+General\s+Assembly|(?<![\p{L}])Ibid\.)\s*,\s+(?<session>\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\s+[Ss]ession\s*,\s+Supplement\s+No\.\s*(?<supplement>\d{1,3})(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex OfficialRecords();
}
