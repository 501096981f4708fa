using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// The Spanish words around references: "resolución 70/237", "sus resoluciones 36/103, de 9 de diciembre
/// de 1981, …", "las resoluciones de la Asamblea General 74/247 y 75/282", "párrafo 3 de dicha resolución".
/// Spanish names the body after the noun or the number, so there is no issuer before the noun.
/// </summary>
internal static partial class SpanishVocabulary
{
    public static ReferenceVocabulary Instance { get; } = new(
        Ibid(),
        new NumberedMentionWords(Noun(), IssuerAfter(), DateAfter(), ListSeparator(), ItemDetails(), Description()),
        new PinpointWords(PinpointNoun(), PinpointSeparator(), PinpointTail()));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones))(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant)]
    private static partial Regex Noun();

    [GeneratedRegex(
        """
        \G,?\s+(?:del|de\s+la|de\s+los)\s+(?:
          (?<hrc>Consejo\s+de\s+Derechos\s+Humanos)
        | (?<sc>Consejo\s+de\s+Seguridad)
        | (?<ecosoc>Consejo\s+Económico\s+y\s+Social)
        | (?<ga>Asamblea\s+General|Asamblea(?![\u0020\u00A0]+(?:Mundial|de|del)\b))
        | (?<council>Consejo)(?![\u0020\u00A0]+(?:de|del)\b)
        | (?<other>Comisión|Comité|Conferencia|Consejo|Asamblea|Junta|Organización|Foro|Congreso|Reunión)
        )(?![\p{L}])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex IssuerAfter();

    [GeneratedRegex(
        @"\G,?\s+de\s+\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\s+de\s+(?<year>\d{4})\d{0,2}(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\G(?:[,;](?:\s+[ye](?=\s))?|\s+[ye](?=\s))", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(
        @"\G(?:,\s+(?:(?:párrs?\.|párrafos?)\s+\d[\d.–-]*(?:\s?[a-z]+\))*|secc\.\s+[A-Z0-9]+(?:\.[A-Z0-9]+)*|anexos?(?:\s+[IVX]+)?))*",
        RegexOptions.CultureInvariant)]
    private static partial Regex ItemDetails();

    [GeneratedRegex(
        @"\G,?\s+(?:sobre|titulada|relativa\s+a|relativo\s+a|en\s+la\s+que|por\s+la\s+que)\s+(?:[“«][^”»]{0,300}[”»]|(?![Rr]esoluci|[Dd]ecisi)[^,;:.“”«»()]){0,250}?(?=(?:[,;](?:\s+[ye])?|\s+[ye])\s*(?:E?S-)?\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[Pp]árrafos?|[Pp]árrs?\.)", RegexOptions.CultureInvariant)]
    private static partial Regex PinpointNoun();

    [GeneratedRegex(@"\G(?:,(?:\s+y)?|\s+(?:y|a))(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex PinpointSeparator();

    [GeneratedRegex(
        """
        \G\s+(?:
          (?<here>supra|infra)(?![\p{L}])
        | (?:de\s+la\s+presente|del\s+presente)\s+(?<selfNoun>resolución|decisión|informe|anexo|documento)(?![\p{L}])
        | (?:de\s+dicha|de\s+esa|de\s+la\s+citada|de\s+la\s+mencionada)\s+(?<thatNoun>resolución|decisión)(?![\p{L}])
        | (?:de\s+dicho|del\s+citado|del\s+mencionado)\s+(?<thatNoun>informe)(?![\p{L}])
        | del\s+(?<thatNoun>informe)(?![\p{L}])
        | (?<explicit>(?:de\s+la|del|de)\s+(?:(?:su|sus|el|documento)\s+)?)
        )
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PinpointTail();

    [GeneratedRegex(@"(?<![\p{L}])Ib[ií]d\.", RegexOptions.CultureInvariant)]
    private static partial Regex Ibid();
}
