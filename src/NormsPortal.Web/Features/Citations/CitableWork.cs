using System.Text.RegularExpressions;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// What a citation needs to know about a work: its symbol and kind, and its title and date from the
/// work's facts. <paramref name="Unconfirmed"/> names the facts used (<c>title</c>, <c>date</c>) that no
/// source has confirmed yet, so a reader can be told before copying them.
/// </summary>
public sealed partial record CitableWork(string Symbol, WorkKind Kind, string? Title, DateOnly? Date, IReadOnlyList<string> Unconfirmed)
{
    /// <summary>The organ that issued the work, read from its symbol (A/ is the General Assembly, S/ the Security Council).</summary>
    public UnOrgan Organ => Symbol switch
    {
        _ when Symbol.StartsWith("A/HRC/", StringComparison.Ordinal) => UnOrgan.HumanRightsCouncil,
        _ when Symbol.StartsWith("A/", StringComparison.Ordinal) => UnOrgan.GeneralAssembly,
        _ when Symbol.StartsWith("S/", StringComparison.Ordinal) => UnOrgan.SecurityCouncil,
        _ => UnOrgan.Other,
    };

    /// <summary>The organ as reference managers name the publisher: "United Nations General Assembly".</summary>
    public string Publisher => Organ switch
    {
        UnOrgan.GeneralAssembly => "United Nations General Assembly",
        UnOrgan.HumanRightsCouncil => "United Nations Human Rights Council",
        UnOrgan.SecurityCouncil => "United Nations Security Council",
        _ => "United Nations",
    };

    /// <summary>What kind of document it is, in words, for the genre fields of exports; null when unknown.</summary>
    public string? Genre => Kind switch
    {
        WorkKind.GaResolution or WorkKind.HrcResolution or WorkKind.ScResolution => "Resolution",
        WorkKind.GaDecision => "Decision",
        WorkKind.DraftResolution => "Draft resolution",
        WorkKind.Report => "Report",
        WorkKind.MeetingRecord => "Meeting record",
        _ => null,
    };

    /// <summary>
    /// The number a resolution or decision is known by: <c>73/27</c> for A/RES/73/27, <c>43/78 H</c>,
    /// <c>2341 (2017)</c> for S/RES/2341 (2017); null for other works, which are known by their symbol.
    /// </summary>
    public string? Number
    {
        get
        {
            if (Kind is not (WorkKind.GaResolution or WorkKind.GaDecision or WorkKind.HrcResolution or WorkKind.ScResolution))
            {
                return null;
            }

            var match = NumberAfterSeries().Match(Symbol);
            return match.Success ? match.Groups[1].Value : null;
        }
    }

    [GeneratedRegex(@"/(?:RES|DEC)/(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAfterSeries();
}

/// <summary>The United Nations organs whose documents the portal cites.</summary>
public enum UnOrgan
{
    GeneralAssembly,
    HumanRightsCouncil,
    SecurityCouncil,
    Other,
}
