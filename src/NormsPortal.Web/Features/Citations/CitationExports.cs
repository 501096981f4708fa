using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// The citation as a file for reference managers (Zotero, EndNote, JabRef, Mendeley): CSL-JSON,
/// BibTeX and RIS. <c>url</c> is the portal's permalink of the work or paragraph.
/// </summary>
public static partial class CitationExports
{
    private static readonly JsonWriterOptions s_jsonOptions = new() { Indented = true };

    /// <summary>The file's text in <paramref name="format"/>, one of <see cref="CitationFormats.Downloads"/>.</summary>
    public static string Render(CitationFormat format, CitationTarget target, Uri url) => Render(format, [new CitationEntry(target, url)]);

    /// <summary>
    /// One file of several citations in <paramref name="format"/> (a library's export): a CSL-JSON array, BibTeX
    /// entries with keys made unique, RIS records one after another; each entry's note goes with it.
    /// </summary>
    public static string Render(CitationFormat format, IReadOnlyList<CitationEntry> entries) => format switch
    {
        CitationFormat.CslJson => CslJson(entries),
        CitationFormat.BibTex => BibTex(entries),
        CitationFormat.Ris => string.Concat(entries.Select(e => Ris(e.Target, e.Url, e.Note))),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a file format."),
    };

    /// <summary>
    /// A CSL-JSON array of one item (the Citation Style Language's data schema): resolutions and decisions
    /// are <c>legislation</c>, drafts <c>bill</c>, reports <c>report</c>, anything else <c>document</c>.
    /// </summary>
    public static string CslJson(CitationTarget target, Uri url) => CslJson([new CitationEntry(target, url)]);

    private static string CslJson(IReadOnlyList<CitationEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_jsonOptions))
        {
            json.WriteStartArray();
            var ids = new UniqueKeys();
            foreach (var entry in entries)
            {
                var work = entry.Target.Work;
                WriteCslItem(json, entry, ids.Add(entry.Target.Anchor is null ? work.Symbol : work.Symbol + "#" + entry.Target.Anchor));
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteCslItem(Utf8JsonWriter json, CitationEntry entry, string id)
    {
        var (target, url, note) = entry;
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(url);
        var work = target.Work;
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("type", CslType(work.Kind));
        if (work.Title is not null)
        {
            json.WriteString("title", work.Title);
        }

        json.WriteString("number", work.Symbol);
        if (work.Genre is not null)
        {
            json.WriteString("genre", work.Genre);
        }

        json.WriteString("authority", work.Publisher);
        json.WriteString("publisher", work.Publisher);
        if (work.Date is { } date)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(date.Year);
            json.WriteNumberValue(date.Month);
            json.WriteNumberValue(date.Day);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (target.Pinpoint is not null)
        {
            json.WriteString("section", CitationStyles.UnPinpoint(target.Pinpoint));
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            json.WriteString("note", note);
        }

        json.WriteString("URL", url.AbsoluteUri);
        json.WriteEndObject();
    }

    /// <summary>A BibTeX entry (<c>@techreport</c> for reports, <c>@misc</c> otherwise) with every value escaped for TeX.</summary>
    public static string BibTex(CitationTarget target, Uri url) => BibTex(target, url, null, BibTexKey(target));

    /// <summary>Entries one after another, each key unique.</summary>
    private static string BibTex(IReadOnlyList<CitationEntry> entries)
    {
        var keys = new UniqueKeys();
        var builder = new StringBuilder();
        foreach (var entry in entries)
        {
            builder.Append(builder.Length == 0 ? "" : "\n").Append(BibTex(entry.Target, entry.Url, entry.Note, keys.Add(BibTexKey(entry.Target))));
        }

        return builder.ToString();
    }

    private static string BibTex(CitationTarget target, Uri url, string? annotation, string key)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(url);
        var work = target.Work;
        var isReport = work.Kind == WorkKind.Report;
        var fields = new List<(string Name, string Value)>
        {
            // Double braces: a corporate author is one name, and a title keeps its capitals.
            ("author", "{" + TexEscape(work.Publisher) + "}"),
        };
        if (work.Title is not null)
        {
            fields.Add(("title", "{" + TexEscape(work.Title) + "}"));
        }

        if (isReport)
        {
            fields.Add(("institution", TexEscape(work.Publisher)));
        }

        if (work.Genre is not null)
        {
            fields.Add(("type", TexEscape(work.Genre)));
        }

        fields.Add(("number", TexEscape(work.Symbol)));
        if (work.Date is { } date)
        {
            fields.Add(("year", date.Year.ToString(CultureInfo.InvariantCulture)));
            fields.Add(("month", CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month).ToLowerInvariant()));
            fields.Add(("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (target.Pinpoint is not null)
        {
            fields.Add(("note", TexEscape(CitationStyles.UnPinpoint(target.Pinpoint))));
        }

        // The reader's own note: "annote" is BibTeX's field for it, which Zotero and JabRef import as a note.
        if (!string.IsNullOrWhiteSpace(annotation))
        {
            fields.Add(("annote", TexEscape(annotation)));
        }

        // The url field is read verbatim by biblatex and the url package: it is not TeX-escaped.
        fields.Add(("url", url.AbsoluteUri));

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"@{(isReport ? "techreport" : "misc")}{{{key},\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, value) = fields[i];
            // BibTeX's month macros (jan, feb …) stand bare; every other value is braced.
            var braced = name == "month" ? value : "{" + value + "}";
            builder.Append(CultureInfo.InvariantCulture, $"  {name} = {braced}{(i < fields.Count - 1 ? "," : "")}\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>
    /// An RIS record: <c>LEGAL</c> for resolutions and decisions, <c>BILL</c> for drafts, <c>RPRT</c> for reports,
    /// <c>GEN</c> otherwise. Lines end with CR LF, as the format asks.
    /// </summary>
    public static string Ris(CitationTarget target, Uri url) => Ris(target, url, null);

    private static string Ris(CitationTarget target, Uri url, string? note)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(url);
        var work = target.Work;
        var builder = new StringBuilder();
        void Line(string tag, string value) => builder.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");

        Line("TY", RisType(work.Kind));
        if (work.Title is not null)
        {
            Line("TI", work.Title);
        }

        Line("AU", work.Publisher);
        Line("PB", work.Publisher);
        Line("M1", work.Symbol);
        if (work.Genre is not null)
        {
            Line("M3", work.Genre);
        }

        if (work.Date is { } date)
        {
            Line("PY", date.Year.ToString(CultureInfo.InvariantCulture));
            Line("DA", date.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture));
        }

        if (target.Pinpoint is not null)
        {
            Line("SE", CitationStyles.UnPinpoint(target.Pinpoint));
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            Line("N1", note);
        }

        Line("UR", url.AbsoluteUri);
        builder.Append("ER  - \r\n");
        return builder.ToString();
    }

    /// <summary>The name of the downloaded file: <c>A_RES_73_27-op1.6.bib</c>.</summary>
    public static string FileName(CitationTarget target, CitationFormat format)
    {
        ArgumentNullException.ThrowIfNull(target);
        var stem = UnsafeInFileName().Replace(target.Work.Symbol, "_");
        return stem + (target.Anchor is null ? "" : "-" + target.Anchor) + format.Extension();
    }

    /// <summary>Escapes TeX's special characters so a title prints as written.</summary>
    public static string TexEscape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in OneLine(value))
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string BibTexKey(CitationTarget target)
    {
        var key = UnsafeInKey().Replace(target.Work.Symbol, "-").Trim('-');
        return target.Anchor is null ? key : key + "_" + UnsafeInKey().Replace(target.Anchor, "-");
    }

    private static string CslType(WorkKind kind) => kind switch
    {
        WorkKind.GaResolution or WorkKind.GaDecision or WorkKind.HrcResolution or WorkKind.ScResolution => "legislation",
        WorkKind.DraftResolution => "bill",
        WorkKind.Report => "report",
        _ => "document",
    };

    private static string RisType(WorkKind kind) => kind switch
    {
        WorkKind.GaResolution or WorkKind.GaDecision or WorkKind.HrcResolution or WorkKind.ScResolution => "LEGAL",
        WorkKind.DraftResolution => "BILL",
        WorkKind.Report => "RPRT",
        _ => "GEN",
    };

    /// <summary>Keys of a file of several citations: a key met before gets "-2", "-3" …, so reference managers keep every entry.</summary>
    private sealed class UniqueKeys
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public string Add(string key)
        {
            var unique = key;
            for (var n = 2; !_used.Add(unique); n++)
            {
                unique = key + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            return unique;
        }
    }

    private static string OneLine(string value) => Whitespace().Replace(value, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^A-Za-z0-9.]+")]
    private static partial Regex UnsafeInKey();

    [GeneratedRegex(@"[^A-Za-z0-9.\-]+")]
    private static partial Regex UnsafeInFileName();
}
