using System.Globalization;

namespace NormsPortal.Web.Components;

/// <summary>A share (0 to 1) as a reader reads it: "83%". The agreed-language answers and a norm's lineage say how similar two wordings are this way.</summary>
public static class Share
{
    public static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100):0}%");
}
