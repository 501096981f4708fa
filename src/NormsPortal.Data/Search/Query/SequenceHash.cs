namespace NormsPortal.Data.Search.Query;

/// <summary>Hash codes for the query records' lists, matching their element-wise equality.</summary>
internal static class SequenceHash
{
    public static int Of<T>(IEnumerable<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }
}
