using NormsPortal.Data.Import.CrossReferences;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>
/// The French and Spanish equivalents of the main English patterns, from the French and Spanish texts
/// of the ICT resolutions. The citing document is A/RES/75/240.
/// </summary>
public sealed class FrenchAndSpanishReferenceTests
{
    private const string Citing = "A/RES/75/240";

    [Theory]
    [InlineData(
        "Rappelant ses ⟦résolutions 36/103⟧ du 9 décembre 1981, ⟦43/78 H⟧ du 7 décembre 1988 et ⟦53/70⟧ du 4 décembre 1998, ainsi que sa ⟦décision 72/512⟧ du 4 décembre 2017,",
        "A/RES/36/103", "A/RES/43/78 H", "A/RES/53/70", "A/DEC/72/512")]
    [InlineData("en application de la ⟦résolution 70/237⟧,", "A/RES/70/237")]
    [InlineData("comme l’a affirmé la ⟦résolution 76/19⟧ de l’Assemblée générale", "A/RES/76/19")]
    [InlineData("conformément à la ⟦résolution 1996/31⟧ du Conseil en date du 25 juillet 1996,", "E/RES/1996/31")]
    [InlineData("Rappelant les ⟦résolutions 20/8⟧ et ⟦26/13⟧ du Conseil des droits de l’homme,", "A/HRC/RES/20/8", "A/HRC/RES/26/13")]
    [InlineData("la ⟦résolution 1373 (2001)⟧ du Conseil de sécurité", "S/RES/1373 (2001)")]
    [InlineData(
        "créé par le Secrétaire général en application de sa ⟦résolution 73/266⟧, dont le mandat est défini au ⟦paragraphe 3⟧ de ladite résolution ;",
        "A/RES/73/266", "A/RES/73/266#op3")]
    [InlineData("des consultations régionales tenues conformément au ⟦paragraphe 4⟧ de la présente résolution,", "A/RES/75/240#op4")]
    [InlineData("pour les travaux visés aux ⟦paragraphes 5⟧ et ⟦6⟧ de la présente résolution ;", "A/RES/75/240#op5", "A/RES/75/240#op6")]
    [InlineData("Voir ⟦A/65/201⟧, ⟦A/68/98⟧, ⟦A/70/174⟧, ⟦A/75/816⟧ et ⟦A/76/135⟧.", "A/65/201", "A/68/98", "A/70/174", "A/75/816", "A/76/135")]
    public void Extract_French_FindsMarkedMentions(string marked, params string[] targets) =>
        MarkedSentence.AssertExtracts(marked, new ReferenceContext(Citing, "fr"), targets);

    [Theory]
    [InlineData(
        "Recordando sus ⟦resoluciones 53/70⟧, de 4 de diciembre de 1998, ⟦54/49⟧, de 1 de diciembre de 1999, y ⟦73/266⟧, de 22 de diciembre de 2018, así como su ⟦decisión 72/512⟧, de 4 de diciembre de 2017,",
        "A/RES/53/70", "A/RES/54/49", "A/RES/73/266", "A/DEC/72/512")]
    [InlineData("de conformidad con las ⟦resoluciones de la Asamblea General 74/247⟧ y ⟦75/282⟧,", "A/RES/74/247", "A/RES/75/282")]
    [InlineData("como se afirma en la ⟦resolución 76/19⟧ de la Asamblea General", "A/RES/76/19")]
    [InlineData("de conformidad con la ⟦resolución 1996/31⟧ del Consejo, de 25 de julio de 1996,", "E/RES/1996/31")]
    [InlineData("la ⟦resolución 1373 (2001)⟧ del Consejo de Seguridad", "S/RES/1373 (2001)")]
    [InlineData(
        "en virtud de la ⟦resolución 73/266⟧, sobre la base de la distribución geográfica equitativa, cuyo mandato se enuncia en el ⟦párrafo 3⟧ de dicha resolución;",
        "A/RES/73/266", "A/RES/73/266#op3")]
    [InlineData("las consultas regionales celebradas de conformidad con el ⟦párrafo 4⟧ de la presente resolución,", "A/RES/75/240#op4")]
    [InlineData("Véase ⟦A/78/265⟧.", "A/78/265")]
    public void Extract_Spanish_FindsMarkedMentions(string marked, params string[] targets) =>
        MarkedSentence.AssertExtracts(marked, new ReferenceContext(Citing, "es"), targets);

    [Theory]
    [InlineData("fr", "créé en application de la résolution 75/240 de l’Assemblée générale")]
    [InlineData("fr", "Rappelant la résolution 22/8 de la Commission pour la prévention du crime et la justice pénale, en date du 26 avril 2013,")]
    [InlineData("fr", "aux fins du paragraphe 3 du présent article et en rapport avec des infractions")]
    [InlineData("fr", "elle pourra adopter, à sa soixante-quinzième session, une décision à cet égard ;")]
    [InlineData("es", "Recordando la resolución 22/8 de la Comisión de Prevención del Delito y Justicia Penal, de 26 de abril de 2013")]
    [InlineData("es", "solicitada con arreglo a lo dispuesto en el artículo 50, párrafo 2, de la presente Convención")]
    [InlineData("es", "podrá adoptar una decisión al respecto en su septuagésimo quinto período de sesiones;")]
    public void Extract_FrenchOrSpanish_LinksNothing(string language, string text) =>
        Assert.Empty(CrossReferenceExtractor.Extract(text, new ReferenceContext(Citing, language)));

    [Fact]
    public void Extract_LanguageWithoutWordPatterns_StillFindsSymbols()
    {
        var found = CrossReferenceExtractor.Extract("См. A/65/201, A/68/98 и A/70/174; резолюция 70/237.", new ReferenceContext(Citing, "ru"));

        Assert.Equal(["A/65/201", "A/68/98", "A/70/174"], found.Select(r => r.TargetSymbol));
    }
}
