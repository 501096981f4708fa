using MudBlazor;

namespace NormsPortal.Web.Theming;

/// <summary>
/// The portal's MudBlazor theme: a sober palette built around UN blue, in a light and a dark
/// variant, with the reader's system font (no web fonts are downloaded).
/// </summary>
public static class PortalTheme
{
    /// <summary>The United Nations' brand blue, used for accents only: it is too light for text.</summary>
    private const string UnBlue = "#009EDB";

    private const string DarkContrastText = "#08141F";

    private static readonly string[] _systemFontStack =
    [
        "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans",
        "sans-serif",
    ];

    public static MudTheme Theme { get; } = Create();

    private static MudTheme Create()
    {
        var theme = new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = "#0A5BA3",
                PrimaryContrastText = "#FFFFFF",
                Secondary = "#475A6E",
                Tertiary = UnBlue,
                Info = "#0A6FB8",
                Success = "#2E7D32",
                Warning = "#9A6700",
                Error = "#B3261E",
                Background = "#F5F7FA",
                BackgroundGray = "#EDF1F5",
                Surface = "#FFFFFF",
                AppbarBackground = "#0B3C68",
                AppbarText = "#FFFFFF",
                DrawerBackground = "#FFFFFF",
                DrawerText = "#1B2733",
                DrawerIcon = "#475A6E",
                TextPrimary = "#1B2733",
                TextSecondary = "#4A5A6A",
                ActionDefault = "#4A5A6A",
                LinesDefault = "#D5DCE4",
                LinesInputs = "#8A98A8",
                Divider = "#DDE3EA",
                DividerLight = "#EEF1F5",
                TableLines = "#DDE3EA",
            },
            PaletteDark = new PaletteDark
            {
                // Light colours on a dark ground: their text is dark, not Material's white.
                Primary = "#6CB8EC",
                PrimaryContrastText = DarkContrastText,
                Secondary = "#9FB2C6",
                SecondaryContrastText = DarkContrastText,
                Tertiary = UnBlue,
                Info = "#6CB8EC",
                InfoContrastText = DarkContrastText,
                Success = "#7BC47F",
                SuccessContrastText = DarkContrastText,
                Warning = "#E3B341",
                WarningContrastText = DarkContrastText,
                Error = "#F2827A",
                ErrorContrastText = DarkContrastText,
                Background = "#0E1620",
                BackgroundGray = "#121C27",
                Surface = "#15202C",
                AppbarBackground = "#0A2540",
                AppbarText = "#E8EEF4",
                DrawerBackground = "#111B26",
                DrawerText = "#D9E2EB",
                DrawerIcon = "#9FB2C6",
                TextPrimary = "#E8EEF4",
                TextSecondary = "#A9B8C7",
                ActionDefault = "#A9B8C7",
                LinesDefault = "#2A3A4A",
                LinesInputs = "#5E7184",
                Divider = "#243342",
                DividerLight = "#1B2835",
                TableLines = "#243342",
            },
            LayoutProperties = new LayoutProperties
            {
                DefaultBorderRadius = "6px",
                DrawerWidthLeft = "248px",
            },
        };

        var typography = theme.Typography;
        foreach (var style in new[]
                 {
                     typography.Default, typography.H1, typography.H2, typography.H3, typography.H4,
                     typography.H5, typography.H6, typography.Subtitle1, typography.Subtitle2,
                     typography.Body1, typography.Body2, typography.Button, typography.Caption,
                     typography.Overline,
                 })
        {
            style.FontFamily = _systemFontStack;
        }

        // Sentence-case buttons read calmer than Material's capitals.
        typography.Button.TextTransform = "none";

        // Material's display sizes (6rem headings) suit posters; a reading portal wants calmer ones.
        SetHeading(typography.H1, "2.25rem", "1.2");
        SetHeading(typography.H2, "1.875rem", "1.25");
        SetHeading(typography.H3, "1.5rem", "1.3");
        SetHeading(typography.H4, "1.3125rem", "1.35");
        SetHeading(typography.H5, "1.125rem", "1.4");
        SetHeading(typography.H6, "1rem", "1.45");
        return theme;
    }

    private static void SetHeading(BaseTypography heading, string fontSize, string lineHeight)
    {
        heading.FontSize = fontSize;
        heading.LineHeight = lineHeight;
        heading.FontWeight = "600";
        heading.LetterSpacing = "normal";
    }
}
