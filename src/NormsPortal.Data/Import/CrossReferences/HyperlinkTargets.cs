using System.Text.RegularExpressions;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// The document a hyperlink points at. The UN's AKN files link to the document system
/// (<c>https://undocs.org/en/A/RES/70/237</c>, <c>https://docs.un.org/en/A/80/257</c>) and may use AKN
/// work IRIs (<c>/akn/un/statement/deliberation/unga/1988-12-07/43-78/</c>). The symbols in those
/// addresses are written loosely (<c>S/RES/1373(2001)</c>, <c>A/RES/67/234b</c>, <c>A/56/45(supp)</c>,
/// <c>a/res/2621 (xxv)</c>); this puts them in the portal's normal form. Other addresses are not references.
/// </summary>
internal static partial class HyperlinkTargets
{
    // The document system's language segments, with its older codes for Spanish (sp) and Chinese (ch).
    private static readonly string[] DocumentSystemLanguages = [.. Languages.Official, "sp", "ch"];

    /// <summary>The normalised symbol <paramref name="href"/> points at, or null when it is no UN document.</summary>
    public static string? SymbolOf(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        var address = Uri.UnescapeDataString(href.Trim());

        var iri = GeneralAssemblyResolutionIri().Match(address);
        if (iri.Success)
        {
            return FromIri(iri);
        }

        var document = DocumentSystemAddress().Match(address);
        if (!document.Success)
        {
            document = SymbolQuery().Match(address);
        }

        return document.Success ? Clean(document.Groups["symbol"].Value) : null;
    }

    private static string? FromIri(Match iri)
    {
        var special = iri.Groups["special"].Success ? iri.Groups["special"].Value.ToUpperInvariant() + "-" : "";
        var symbol = $"A/RES/{special}{iri.Groups["session"].Value}/{iri.Groups["number"].Value}";
        return DocumentSymbols.IsWellFormed(symbol) ? symbol : null;
    }

    private static string? Clean(string written)
    {
        var path = written.Trim().Trim('/');
        var firstSlash = path.IndexOf('/', StringComparison.Ordinal);
        if (firstSlash > 0 && DocumentSystemLanguages.Contains(path[..firstSlash], StringComparer.OrdinalIgnoreCase))
        {
            path = path[(firstSlash + 1)..];
        }

        path = Supplement().Replace(path, "");
        path = YearOrSession().Replace(path, m => " (" + m.Groups["content"].Value.ToUpperInvariant() + ")");
        path = MiscasedCodeSegment().Replace(path, m => m.Value.ToUpperInvariant());
        // "67/234b" is part B; "74/255a-b" covers parts A and B, so it names the resolution as a whole.
        path = SeveralParts().Replace(path, "$1");
        path = GluedLowerPart().Replace(path, m => m.Groups[1].Value + " " + m.Groups[2].Value.ToUpperInvariant());

        var symbol = DocumentSymbols.Normalise(path);
        return DocumentSymbols.IsWellFormed(symbol) ? symbol : null;
    }

    [GeneratedRegex(
        @"/akn/un/statement/deliberation/unga/\d{4}-\d{2}-\d{2}/(?:(?<special>es|s)-)?(?<session>\d{1,3})-(?<number>\d{1,4})(?:[/!@]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneralAssemblyResolutionIri();

    [GeneratedRegex(@"^(?:https?:)?//(?:www\.)?(?:undocs\.org|docs\.un\.org)/+(?<symbol>[^?#]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentSystemAddress();

    // https://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1
    [GeneratedRegex(@"^(?:https?:)?//(?:www\.)?un\.org/[^?#]*\?(?:[^#]*&)?symbol=(?<symbol>[^&#]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SymbolQuery();

    [GeneratedRegex(@"\s*\(supp\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Supplement();

    // "(2001)", "(xxv)", "(s-iv)", "(es-v)", glued to the number or not; sections and parts are DocumentSymbols.Normalise's.
    [GeneratedRegex(@"\s*\((?<content>\d{4}|(?:e?s-)?[ivxlc]{1,7})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOrSession();

    // A segment of letters only ("a", "res", "Res", "hrc") is a body or series code, always in capitals;
    // suffixes such as "Rev.1" carry a number.
    [GeneratedRegex(@"(?<=^|/)[A-Za-z]*[a-z][A-Za-z]*(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MiscasedCodeSegment();

    [GeneratedRegex(@"(/\d+)[a-z]-[a-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex SeveralParts();

    [GeneratedRegex(@"(/\d+)([a-z])$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedLowerPart();
}
