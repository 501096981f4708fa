using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>The one check that markup the portal serves from what users wrote cannot run anything.</summary>
internal static partial class InertMarkup
{
    /// <summary>
    /// No element that runs script or loads anything, no event handler, no link but http(s), mailto and the
    /// portal's own, as a browser's parser reads the markup (escaped text such as "&amp;lt;img onerror" is inert).
    /// </summary>
    public static void Assert(string html)
    {
        string[] dangerous = ["script", "iframe", "svg", "img", "object", "embed", "style", "math", "frame", "link", "meta", "base", "form"];
        var body = new HtmlParser().ParseDocument("<!doctype html><body>" + html).Body!;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Xunit.Assert.DoesNotContain(element.LocalName, dangerous);
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                Xunit.Assert.False(attribute.LocalName is "href" or "src" or "action" && !SafeLink().IsMatch(attribute.Value), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
        }
    }

    [GeneratedRegex(@"^(https?:|mailto:|/(?!/)|#)", RegexOptions.IgnoreCase)]
    private static partial Regex SafeLink();
}
