using System.Security.Cryptography;
using System.Text;

namespace NormsPortal.Web.Theming;

/// <summary>
/// The theme's stylesheet (<see cref="PortalThemeStyles"/>) and the address pages link it under, which names its
/// content's hash: a changed theme gets a new address, so the old one can be cached for good.
/// </summary>
/// <param name="Css">The stylesheet's text.</param>
/// <param name="Version">The first 16 hex digits of the SHA-256 of <paramref name="Css"/>.</param>
public sealed record ThemeStylesheet(string Css, string Version)
{
    /// <summary>The address's folder; the file is the version, with <c>.css</c>.</summary>
    public const string PathPrefix = "/theme/";

    /// <summary>The address pages link.</summary>
    public string Url => $"{PathPrefix}{Version}.css";

    public static ThemeStylesheet Of(string css) =>
        new(css, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16]);
}
