using System.Globalization;

namespace NormsPortal.Data.Model;

/// <summary>How typed values are written in a fact's text value, so every writer and reader agrees.</summary>
public static class FactValues
{
    /// <summary>The format of a <see cref="FactKeys.Date"/> value.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string FormatSession(int session) => session.ToString(CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static int? ParseSession(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var session) ? session : null;
}
