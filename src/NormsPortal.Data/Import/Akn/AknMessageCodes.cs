namespace NormsPortal.Data.Import.Akn;

/// <summary>The stable codes of the messages the Akoma Ntoso reader writes (see <see cref="Parsed.ImportMessage"/>).</summary>
public static class AknMessageCodes
{
    // Errors: the file (or one part of it) could not be read.
    public const string EmptyFile = "akn-empty-file";
    public const string TooLarge = "akn-too-large";
    public const string Unreadable = "akn-unreadable";
    public const string DtdProhibited = "akn-dtd-prohibited";
    public const string BadEncoding = "akn-bad-encoding";
    public const string MalformedXml = "akn-malformed-xml";
    public const string TooDeep = "akn-too-deep";
    public const string NotAkomaNtoso = "akn-not-akoma-ntoso";
    public const string UnknownLanguage = "akn-unknown-language";
    public const string NoSymbol = "akn-no-symbol";

    // Repairs: markup the reader put right.
    public const string NumberInText = "akn-number-in-text";
    public const string PreambleInBody = "akn-preamble-in-body";
    public const string OperativeInPreamble = "akn-operative-in-preamble";
    public const string ItemInPreamble = "akn-item-in-preamble";
    public const string NumberingRestart = "akn-numbering-restart";

    // Warnings: doubtful markup the reader kept going past.
    public const string ReissueNoteAsFootnote = "akn-reissue-note-as-footnote";
    public const string DuplicateAnchor = "akn-duplicate-anchor";
    public const string UnexpectedLabel = "akn-unexpected-label";
    public const string UnknownFootnoteReference = "akn-unknown-footnote-reference";
    public const string VoteCountMismatch = "akn-vote-count-mismatch";
    public const string SymbolFromFileName = "akn-symbol-from-file-name";
    public const string SessionMismatch = "akn-session-mismatch";

    // metadata.jsonl
    public const string MetadataBadLine = "akn-metadata-bad-line";
    public const string MetadataVoteMismatch = "akn-metadata-vote-mismatch";

    // Aligning languages.
    public const string AlignmentReanchored = "akn-alignment-reanchored";
    public const string AlignmentMissing = "akn-alignment-missing";
    public const string AlignmentExtra = "akn-alignment-extra";
}
