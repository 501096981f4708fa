using NormsPortal.Data.Model;

namespace NormsPortal.ComponentTests.Reader;

/// <summary>A few norms and works, enough for the reader's components to have something to show.</summary>
public static class ReaderSamples
{
    public static Norm Norm(string number, string label, int ordinal) => new()
    {
        Number = number,
        Label = label,
        Ordinal = ordinal,
        Statement = new TextReference { Symbol = "A/RES/73/27", Anchor = "op" + number, Quote = $"States should do what norm {number} says, and more besides." },
    };

    public static Work Work(string symbol, WorkKind kind = WorkKind.GaResolution, string? title = null) => new()
    {
        Symbol = symbol,
        Kind = kind,
        Title = title,
    };
}
