using System.Text.RegularExpressions;

namespace NormsPortal.Web.Features.Norms;

/// <summary>What a norm number looks like (<c>1.6</c>): told apart from an unknown norm, which is a 404, a malformed one is a 400.</summary>
public static partial class NormNumber
{
    /// <summary>True when <paramref name="text"/> has a norm number's form (digits, a dot, digits), whether or not such a norm exists.</summary>
    public static bool IsWellFormed(string? text) => text is not null && Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3})?$")]
    private static partial Regex Pattern();
}
