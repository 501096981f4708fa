namespace NormsPortal.Web.Theming;

/// <summary>The two colour schemes the portal is drawn in.</summary>
public enum ThemeMode
{
    Light,
    Dark,
}
