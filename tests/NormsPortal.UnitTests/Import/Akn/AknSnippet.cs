namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>Small AKN resolutions built in the tests, to put one kind of markup at a time in front of the parser.</summary>
internal static class AknSnippet
{
    public static string Resolution(string preamble, string body, string language = "eng", string attachments = "", string meta = "") => $"""
        <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
          <statement name="resolution">
            <meta>
              <identification source="#DGACM">
                <FRBRWork>
                  <FRBRuri value="/akn/un/statement/deliberation/unga/2030-01-01/99-1/" />
                  <FRBRdate date="2030-01-01" name="adoption" />
                  <FRBRauthor href="ga" as="author" />
                </FRBRWork>
                <FRBRExpression>
                  <FRBRuri value="/akn/un/statement/deliberation/unga/2030-01-01/99-1/{language}@/" />
                  <FRBRlanguage language="{language}" />
                </FRBRExpression>
              </identification>
              {meta}
            </meta>
            <coverPage><p><docNumber refersTo="#symbol">A/RES/99/1</docNumber></p></coverPage>
            <preface><p><docNumber>99/1.</docNumber><docTitle refersTo="#resolutionTitle">A test resolution</docTitle></p></preface>
            <preamble>
              <formula name="enactingFormula"><p>The General Assembly,</p></formula>
              {preamble}
            </preamble>
            <mainBody>{body}</mainBody>
            {attachments}
          </statement>
        </akomaNtoso>
        """;

    public static string Container(string text) => $"""<container><p xml:space="preserve">{text}</p></container>""";

    public static string Paragraph(string text, string? num = null, string? cssClass = null)
    {
        var number = num is null ? "" : $"<num>{num}</num>";
        var style = cssClass is null ? "" : $" class=\"{cssClass}\"";
        return $"""<paragraph{style}>{number}<content><p xml:space="preserve">{text}</p></content></paragraph>""";
    }

    public static string Subheading(string text) => $"""<paragraph class="H23"><subheading>{text}</subheading></paragraph>""";

    public static string Annex(params string[] paragraphs) =>
        $"""<attachments><attachment><doc name="annex"><mainBody>{string.Concat(paragraphs)}</mainBody></doc></attachment></attachments>""";
}
