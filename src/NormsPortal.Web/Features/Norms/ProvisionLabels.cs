using System.Text.RegularExpressions;

namespace NormsPortal.Web.Features.Norms;

/// <summary>
/// Anchors in words for lists and headings: <c>op1.6</c> → "para. 1.6", <c>pp3</c> →
/// "preambular para. 3", <c>fn2</c> → "footnote 2". Citations proper are the Citations feature's.
/// </summary>
public static partial class ProvisionLabels
{
    public static string Describe(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var match = SimpleAnchor().Match(anchor);
        if (!match.Success)
        {
            return anchor;
        }

        var number = match.Groups["number"].Value;
        return match.Groups["kind"].Value switch
        {
            "op" => $"para. {number}",
            "pp" => $"preambular para. {number}",
            _ => $"footnote {number}",
        };
    }

    /// <summary>The UN-style reference to a norm's paragraph: "A/RES/73/27, para. 1.6".</summary>
    public static string Cite(string symbol, string anchor) => $"{symbol}, {Describe(anchor)}";

    // Prefixed or heading anchors (annex-op3, oph3) are shown as they are.
    [GeneratedRegex(@"^(?<kind>op|pp|fn)(?<number>\d[\w.]*)$")]
    private static partial Regex SimpleAnchor();
}
