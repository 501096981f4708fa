namespace NormsPortal.Data.Import.Files;

/// <summary>The formats an import file may be in, told apart by its content (<see cref="ImportFileSniffer"/>).</summary>
public enum ImportFileFormat
{
    /// <summary>Nothing the portal reads: binary of another kind, or text that is not UTF-8.</summary>
    Unknown,

    /// <summary>Akoma Ntoso (AKN4UN) XML.</summary>
    Akn,

    /// <summary>A UN document's text as extracted from its PDF (UTF-8).</summary>
    UnText,

    /// <summary>A PDF, as the UN publishes its official documents.</summary>
    Pdf,

    /// <summary>A Word document (Office Open XML, <c>.docx</c>).</summary>
    Word,
}
