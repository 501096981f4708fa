namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>What "that resolution", "that decision" and "the report" can point back to.</summary>
internal enum DocumentCategory
{
    Resolution,
    Decision,
    Document,
}

internal static class DocumentCategories
{
    /// <summary>The category of a normalised symbol: <c>…/RES/…</c> is a resolution, <c>…/DEC/…</c> a decision, anything else a document.</summary>
    public static DocumentCategory Of(string symbol)
    {
        if (symbol.Contains("/RES/", StringComparison.Ordinal))
        {
            return DocumentCategory.Resolution;
        }

        return symbol.Contains("/DEC/", StringComparison.Ordinal) ? DocumentCategory.Decision : DocumentCategory.Document;
    }

    /// <summary>The category a noun names in any of the covered languages (resolution, résolution, resolución …).</summary>
    public static DocumentCategory OfNoun(string noun)
    {
        var lower = noun.ToLowerInvariant();
        if (lower.StartsWith("resol", StringComparison.Ordinal) || lower.StartsWith("résol", StringComparison.Ordinal))
        {
            return DocumentCategory.Resolution;
        }

        return lower.StartsWith("decis", StringComparison.Ordinal) || lower.StartsWith("décis", StringComparison.Ordinal)
            ? DocumentCategory.Decision
            : DocumentCategory.Document;
    }
}
