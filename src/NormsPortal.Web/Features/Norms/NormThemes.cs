using System.Globalization;
using NormsPortal.Data;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Norms;

/// <summary>A norm's curated themes: read from a request with their rules, and kept in the curator's order.</summary>
public static class NormThemes
{
    /// <summary>
    /// The themes <paramref name="sent"/> names, trimmed, in its order (null when none were sent), or why they cannot be
    /// kept: each 1 to <see cref="NormTheme.MaxLength"/> characters, at most <see cref="NormTheme.MaxPerNorm"/>, no two the
    /// same ignoring case.
    /// </summary>
    public static (IReadOnlyList<string>? Themes, string? Problem) Read(IReadOnlyList<string?>? sent)
    {
        if (sent is null)
        {
            return (null, null);
        }

        var themes = sent.Select(theme => theme?.Trim() ?? "").ToList();
        if (themes.Count > NormTheme.MaxPerNorm)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"A norm has at most {NormTheme.MaxPerNorm} themes (\"themes\"); {themes.Count} were sent."));
        }

        if (themes.Find(theme => theme.Length is 0 or > NormTheme.MaxLength) is { } wrong)
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"Each theme is a short phrase of 1 to {NormTheme.MaxLength} characters; '{wrong}' is {(wrong.Length == 0 ? "empty" : "too long")}."));
        }

        var repeated = themes.GroupBy(theme => theme, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? (themes, null) : (null, $"The theme '{repeated.Key}' is given twice: each theme once.");
    }

    /// <summary>The norm's themes in the curator's order.</summary>
    public static IReadOnlyList<string> InOrder(Norm norm)
    {
        ArgumentNullException.ThrowIfNull(norm);
        return [.. norm.Themes.OrderBy(t => t.Ordinal).Select(t => t.Text)];
    }

    /// <summary>Makes <paramref name="themes"/> the tracked norm's themes, in that order (its themes loaded).</summary>
    public static void Replace(PortalDbContext db, Norm norm, IReadOnlyList<string> themes)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(norm);
        ArgumentNullException.ThrowIfNull(themes);
        db.NormThemes.RemoveRange(norm.Themes);
        norm.Themes.Clear();
        norm.Themes.AddRange(themes.Select((text, ordinal) => new NormTheme { Text = text, Ordinal = ordinal }));
    }
}
