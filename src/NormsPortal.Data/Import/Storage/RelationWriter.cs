using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Adds the relations a document states. Relations are only added: one that a later version of a
/// document no longer states stays until a curator removes it (relations carry no origin to tell
/// an imported one from a curated one).
/// </summary>
internal static class RelationWriter
{
    /// <summary>Adds (<paramref name="from"/>, <paramref name="kind"/>, <paramref name="targetSymbol"/>) unless <paramref name="from"/> (loaded with its relations) has it.</summary>
    public static void Ensure(Work from, WorkRelationKind kind, string targetSymbol, string source)
    {
        if (from.Symbol == targetSymbol || from.Relations.Any(r => r.Kind == kind && r.TargetSymbol == targetSymbol))
        {
            return;
        }

        from.Relations.Add(new WorkRelation { Kind = kind, TargetSymbol = targetSymbol, Source = source });
    }
}
