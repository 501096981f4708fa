using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// The French words around references: "résolution 70/237", "ses résolutions 36/103 du 9 décembre 1981 et …",
/// "la résolution 1996/31 du Conseil", "paragraphe 3 de ladite résolution". French names the body after
/// the number, so there is no issuer before the noun.
/// </summary>
internal static partial class FrenchVocabulary
{
    public static ReferenceVocabulary Instance { get; } = new(
        Ibid(),
        new NumberedMentionWords(Noun(), IssuerAfter(), DateAfter(), ListSeparator(), ItemDetails(), Description()),
        new PinpointWords(PinpointNoun(), PinpointSeparator(), PinpointTail()));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Rr]ésolutions?|[Dd]écisions?)(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Noun();

    [GeneratedRegex(
        """
        \G,?\s+(?:du|de\s+la|de\s+l[’']|des)\s*(?:
          (?<hrc>Conseil\s+des\s+droits\s+de\s+l[’']homme)
        | (?<sc>Conseil\s+de\s+sécurité)
        | (?<ecosoc>Conseil\s+économique\s+et\s+social)
        | (?<ga>Assemblée\s+générale|Assemblée(?![\u0020\u00A0]+(?:mondiale|des|de|du)\b))
        | (?<council>Conseil)(?![\u0020\u00A0]+(?:d|de|des|du)\b)
        | (?<other>Commission|Comité|Conférence|Conseil|Assemblée|Organisation|Forum|Congrès|Réunion)
        )(?![\p{L}])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex IssuerAfter();

    [GeneratedRegex(
        @"\G,?\s+(?:en\s+date\s+)?du\s+(?:1er|\d{1,2})\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+(?<year>\d{4})\d{0,2}(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\G(?:[,;](?:\s+et)?|\s+et)", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(
        @"\G(?:,\s+(?:(?:par\.|paragraphes?)\s+\d[\d.–-]*(?:\s?[a-z]+\))*|sect\.\s+[A-Z0-9]+(?:\.[A-Z0-9]+)*|annexes?(?:\s+[IVX]+)?))*",
        RegexOptions.CultureInvariant)]
    private static partial Regex ItemDetails();

    [GeneratedRegex(
        @"\G,?\s+(?:sur|intitulée?|relative\s+à|concernant|par\s+laquelle|dans\s+laquelle)\s+(?:«[^»]{0,300}»|(?![Rr]ésolution|[Dd]écision)[^,;:.«»()]){0,250}?(?=(?:[,;](?:\s+et)?|\s+et)\s*(?:E?S-)?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Pp]aragraphes?|par\.)", RegexOptions.CultureInvariant)]
    private static partial Regex PinpointNoun();

    [GeneratedRegex(@"\G(?:,(?:\s+et)?|\s+(?:et|à))(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PinpointSeparator();

    [GeneratedRegex(
        """
        \G\s+(?:
          (?<here>ci-dessus|ci-après|plus\s+haut)(?![\p{L}])
        | (?:de\s+la\s+présente|du\s+présent)\s+(?<selfNoun>résolution|décision|rapport|annexe|document)(?![\p{L}])
        | (?:de\s+ladite|dudit|de\s+cette|de\s+ce)\s+(?<thatNoun>résolution|décision|rapport)(?![\p{L}])
        | du\s+(?<thatNoun>rapport)(?![\p{L}])
        | (?<explicit>(?:de\s+la|du|de\s+l[’']|de)\s*(?:(?:sa|ses|leur|document)\s+)?)
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PinpointTail();

    [GeneratedRegex(@"(?<![\p{L}])[Ii]bid\.", RegexOptions.CultureInvariant)]
    private static partial Regex Ibid();
}
