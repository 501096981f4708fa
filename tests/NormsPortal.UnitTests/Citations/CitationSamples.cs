using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Citations;

namespace NormsPortal.UnitTests.Citations;

/// <summary>Works as the shipped corpus holds them, for the citation tests.</summary>
internal static class CitationSamples
{
    public static CitableWork Resolution73_27 { get; } = new(
        "A/RES/73/27",
        WorkKind.GaResolution,
        "Developments in the field of information and telecommunications in the context of international security",
        new DateOnly(2018, 12, 5),
        []);

    public static CitableWork Report70_174 { get; } = new(
        "A/70/174",
        WorkKind.Report,
        "Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security",
        new DateOnly(2015, 7, 22),
        []);

    public static CitableWork Draft73_27 { get; } = new(
        "A/C.1/73/L.27/Rev.1", WorkKind.DraftResolution, "Developments in the field of information and telecommunications in the context of international security", new DateOnly(2018, 10, 29), []);

    public static CitationTarget At(CitableWork work, string? anchor) =>
        new(work, anchor is null ? null : Pinpoint.Parse(anchor) ?? throw new ArgumentException($"Not a citable anchor: {anchor}", nameof(anchor)));
}
