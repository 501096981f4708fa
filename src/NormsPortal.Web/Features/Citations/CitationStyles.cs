using System.Globalization;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// The three citation styles readers of UN documents use, for a work or one of its paragraphs:
/// <list type="bullet">
/// <item>UN style: <c>A/RES/73/27, para. 1.6</c>; <c>resolution 73/27, third preambular paragraph</c>; <c>A/70/174, para. 13 (f)</c>.</item>
/// <item>Bluebook: <c>G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)</c>.</item>
/// <item>OSCOLA: <c>UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6</c>.</item>
/// </list>
/// A missing title or date is left out, never guessed.
/// </summary>
public static class CitationStyles
{
    private static readonly string[] s_bluebookMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>The United Nations' own style: the symbol and the paragraph, as UN documents cite one another.</summary>
    public static string Un(CitationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var work = target.Work;
        var pin = target.Pinpoint;
        if (pin is null)
        {
            return work.Symbol;
        }

        // A preambular paragraph is unnumbered: the UN names it by its place in the resolution, not by the symbol.
        var head = pin.Kind == PinpointKind.Preamble ? UnName(work) : work.Symbol;
        return head + ", " + UnPinpoint(pin);
    }

    /// <summary>The pinpoint alone, the UN's way: "para. 4 (a)", "annex, para. 3", "third preambular paragraph".</summary>
    public static string UnPinpoint(Pinpoint pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var section = pin.Section is null ? "" : pin.Section + ", ";
        return section + pin.Kind switch
        {
            PinpointKind.Preamble => OrdinalWords.For(pin.Position) + " preambular paragraph",
            PinpointKind.Footnote => "footnote " + pin.Labels[0],
            PinpointKind.Heading => pin.Labels.Count > 0 ? "sect. " + pin.Labels[0] : "heading " + Number(pin.Position),
            _ => "para. " + SpacedLabels(pin.Labels),
        };
    }

    /// <summary>The Bluebook (rule 21.7): <c>G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)</c>.</summary>
    public static string Bluebook(CitationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var work = target.Work;
        var lead = BluebookLead(work);
        var pin = target.Pinpoint is null ? null : BluebookPin(target.Pinpoint);
        var document = work.Organ == UnOrgan.SecurityCouncil ? null : "U.N. Doc. " + work.Symbol;
        var date = work.Date is { } d ? $" ({s_bluebookMonths[d.Month - 1]} {Number(d.Day)}, {Number(d.Year)})" : "";

        // Without a title or a resolution number the document symbol leads, and the pinpoint follows it.
        string?[] parts = lead is null ? [document, pin] : [lead, pin, document];
        return string.Join(", ", parts.Where(p => p is not null)) + date;
    }

    /// <summary>OSCOLA (the Oxford standard, as for UN documents): <c>UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6</c>.</summary>
    public static string Oscola(CitationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var work = target.Work;
        var date = work.Date is { } d ? $"({Number(d.Day)} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)} {Number(d.Year)})" : null;
        var lead = OscolaLead(work);
        var document = "UN Doc " + work.Symbol;
        var citation = string.Join(" ", new[] { lead, date, document }.Where(p => p is not null));
        return target.Pinpoint is null ? citation : citation + ", " + OscolaPin(target.Pinpoint);
    }

    /// <summary>How UN documents name a work in running text: "resolution 73/27", "draft resolution A/C.1/73/L.27/Rev.1".</summary>
    private static string UnName(CitableWork work) => (work.Kind, work.Number) switch
    {
        (WorkKind.GaResolution, { } number) => "resolution " + number,
        (WorkKind.GaDecision, { } number) => "decision " + number,
        (WorkKind.HrcResolution, { } number) => "Human Rights Council resolution " + number,
        (WorkKind.ScResolution, { } number) => "Security Council resolution " + number,
        (WorkKind.DraftResolution, _) => "draft resolution " + work.Symbol,
        _ => work.Symbol,
    };

    private static string? BluebookLead(CitableWork work) => (work.Kind, work.Number) switch
    {
        (WorkKind.GaResolution, { } number) => "G.A. Res. " + number,
        (WorkKind.GaDecision, { } number) => "G.A. Dec. " + number,
        (WorkKind.HrcResolution, { } number) => "Human Rights Council Res. " + number,
        (WorkKind.ScResolution, { } number) => "S.C. Res. " + number,
        // Reports and drafts are cited by their title; the Bluebook abbreviates "Report" (table T6).
        _ when work.Title is { } title => title.StartsWith("Report of ", StringComparison.Ordinal) ? "Rep. of " + title["Report of ".Length..] : title,
        _ => null,
    };

    private static string BluebookPin(Pinpoint pin)
    {
        var section = pin.Section is null ? "" : pin.Section + " ";
        return section + pin.Kind switch
        {
            PinpointKind.Preamble => "pmbl. ¶ " + Number(pin.Position),
            PinpointKind.Footnote => "n." + pin.Labels[0],
            PinpointKind.Heading => pin.Labels.Count > 0 ? "pt. " + pin.Labels[0] : "heading " + Number(pin.Position),
            _ => "¶ " + JoinedLabels(pin.Labels),
        };
    }

    private static string? OscolaLead(CitableWork work)
    {
        var organ = work.Organ switch
        {
            UnOrgan.GeneralAssembly => "UNGA",
            UnOrgan.HumanRightsCouncil => "UNHRC",
            UnOrgan.SecurityCouncil => "UNSC",
            _ => null,
        };
        return (work.Kind, work.Number) switch
        {
            (WorkKind.GaResolution or WorkKind.HrcResolution or WorkKind.ScResolution, { } number) => $"{organ ?? "UN"} Res {number}",
            (WorkKind.GaDecision, { } number) => $"{organ ?? "UN"} Dec {number}",
            // Other documents: the issuing organ and the title in single quotes; without a title the symbol suffices.
            _ when work.Title is { } title => organ is null ? $"'{title}'" : $"{organ} '{title}'",
            _ => null,
        };
    }

    private static string OscolaPin(Pinpoint pin)
    {
        var section = pin.Section is null ? "" : pin.Section.Replace(".", "", StringComparison.Ordinal) + ", ";
        return section + pin.Kind switch
        {
            PinpointKind.Preamble => "preambular para " + Number(pin.Position),
            PinpointKind.Footnote => "n " + pin.Labels[0],
            PinpointKind.Heading => pin.Labels.Count > 0 ? "pt " + pin.Labels[0] : "heading " + Number(pin.Position),
            _ => "para " + JoinedLabels(pin.Labels),
        };
    }

    /// <summary>UN style: "4 (a) (ii)".</summary>
    private static string SpacedLabels(IReadOnlyList<string> labels) =>
        labels[0] + string.Concat(labels.Skip(1).Select(l => " (" + l + ")"));

    /// <summary>Bluebook and OSCOLA: "4(a)(ii)".</summary>
    private static string JoinedLabels(IReadOnlyList<string> labels) =>
        labels[0] + string.Concat(labels.Skip(1).Select(l => "(" + l + ")"));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
