using System.Text.RegularExpressions;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// The words around a numbered resolution or decision in one language. Every pattern that continues
/// a mention starts with <c>\G</c>: the extractor asks it to match exactly where the previous part ended.
/// </summary>
/// <param name="Noun">"resolution(s)", "decision(s)" and their translations.</param>
/// <param name="IssuerAfter">The body named after the number ("of the Human Rights Council", "du Conseil", "de la Asamblea General"); groups <c>ga</c>, <c>hrc</c>, <c>ecosoc</c>, <c>sc</c>, <c>council</c>, <c>other</c>.</param>
/// <param name="DateAfter">The date after a number ("of 9 December 1981", "du 9 décembre 1981", ", de 9 de diciembre de 1981"); group <c>year</c>.</param>
/// <param name="ListSeparator">Between two numbers of a list (", ", " and ", ", and ", "; ").</param>
/// <param name="ItemDetails">What may follow a number inside a list, before the next one (", para. 9", ", sect. III", ", annex").</param>
/// <param name="Description">
/// A description between two numbers of a list (" on the right to privacy", ", entitled “…”", ", by which it …"),
/// matched only when a separator and a number follow it, so the list goes on.
/// </param>
/// <param name="IssuerBefore">
/// The body named before the noun ("Human Rights Council resolution"), matched against the text before
/// the noun and anchored at its end; same groups as <paramref name="IssuerAfter"/>, <c>via</c> when a
/// preposition stands between body and noun ("the Human Rights Council, in its resolution", "the Security
/// Council in resolution") and <c>either</c> for "General Assembly and Security Council resolutions".
/// Null where the language names the body after the number.
/// </param>
/// <param name="OtherBodyBefore">A body whose resolutions have no symbol ("Commission on Crime Prevention and Criminal Justice resolution"), anchored like <paramref name="IssuerBefore"/>.</param>
internal sealed record NumberedMentionWords(
    Regex Noun,
    Regex IssuerAfter,
    Regex DateAfter,
    Regex ListSeparator,
    Regex ItemDetails,
    Regex Description,
    Regex? IssuerBefore = null,
    Regex? OtherBodyBefore = null);

/// <summary>The words of a paragraph pinpoint in one language ("paragraph 3 of that resolution").</summary>
/// <param name="Noun">"paragraph(s)", "para.", "paragraphe", "párrafo" …</param>
/// <param name="LabelSeparator">Between two paragraph numbers (", ", " and ", " to ").</param>
/// <param name="Tail">
/// What follows the numbers: <c>here</c> ("above"), <c>selfNoun</c> ("of the present resolution"),
/// <c>thatNoun</c> ("of that resolution", "of the report"), <c>annex</c> ("of the annex to …"), or
/// <c>explicit</c>: a preposition after which the extractor expects a mention it found ("of resolution 70/237").
/// </param>
internal sealed record PinpointWords(Regex Noun, Regex LabelSeparator, Regex Tail);

/// <summary>
/// Everything language-specific the extractor uses. Symbols and hyperlinks are the same in every
/// language; the words around numbers are covered for English, French and Spanish, and only "Ibid."
/// for Russian, Chinese and Arabic.
/// </summary>
internal sealed partial record ReferenceVocabulary(
    Regex Ibid,
    NumberedMentionWords? Numbers = null,
    PinpointWords? Pinpoints = null,
    Regex? OfficialRecords = null)
{
    private static readonly ReferenceVocabulary Russian = new(RussianIbid());
    private static readonly ReferenceVocabulary Chinese = new(ChineseIbid());
    private static readonly ReferenceVocabulary Arabic = new(ArabicIbid());
    private static readonly ReferenceVocabulary SymbolsOnly = new(NeverMatches());

    /// <summary>The vocabulary of a two-letter language code; an unknown language gets symbols and links only.</summary>
    public static ReferenceVocabulary For(string language) => language switch
    {
        Languages.English => EnglishVocabulary.Instance,
        Languages.French => FrenchVocabulary.Instance,
        Languages.Spanish => SpanishVocabulary.Instance,
        Languages.Russian => Russian,
        Languages.Chinese => Chinese,
        Languages.Arabic => Arabic,
        _ => SymbolsOnly,
    };

    [GeneratedRegex(@"(?<![\p{L}])Там\s+же(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex RussianIbid();

    [GeneratedRegex("同上", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseIbid();

    [GeneratedRegex(@"المرجع\s+نفسه", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicIbid();

    [GeneratedRegex("(?!)", RegexOptions.CultureInvariant)]
    private static partial Regex NeverMatches();
}
