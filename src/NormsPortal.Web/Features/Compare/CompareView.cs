namespace NormsPortal.Web.Features.Compare;

/// <summary>
/// How the comparison is laid out: one column with the words deleted and inserted marked in one text
/// (inline), or the first text beside the second (side by side; stacked on a phone).
/// </summary>
public enum CompareView
{
    Inline,
    SideBySide,
}
