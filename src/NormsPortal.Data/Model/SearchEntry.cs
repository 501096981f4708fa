namespace NormsPortal.Data.Model;

/// <summary>
/// One searchable unit: a paragraph of an expression, a work's title, a norm's label or a published annotation. It keeps
/// the original <see cref="Text"/> (for snippets) and the <see cref="Terms"/> that
/// <c>SearchTextAnalyzer</c> made of it, in order and separated by single spaces; each database
/// indexes exactly those terms (an FTS5 table on SQLite, a <c>tsvector</c> table with a GIN index
/// on PostgreSQL, both kept in step by triggers), so both answer the same. No writer writes these
/// rows: the context's save writes them, in the save's transaction, for the provisions, titles,
/// norms and annotations it changes, and the bulk inserter for the provisions it inserts (<c>SearchIndexChanges</c>,
/// <c>SearchIndexer</c>); they go with what they index (cascades from the work and the provision).
/// </summary>
public sealed class SearchEntry
{
    /// <summary>Assigned by the indexer, not the database: it carries the work and the language (<c>SearchEntryKey</c>).</summary>
    public long Id { get; set; }

    public int WorkId { get; set; }

    /// <summary>The paragraph indexed; null for titles, norm labels and annotations.</summary>
    public int? ProvisionId { get; set; }

    public SearchEntryKind Kind { get; set; }

    /// <summary>The language of <see cref="Text"/>: en, fr, es, ru, zh, ar.</summary>
    public required string Language { get; set; }

    /// <summary>The paragraph's anchor (the norm's statement for a norm label or a norm's annotation); empty for a title or a work's annotation.</summary>
    public string Anchor { get; set; } = "";

    /// <summary>Reading order within the work's expression, so a work's paragraphs list in text order.</summary>
    public int Ordinal { get; set; }

    public required string Text { get; set; }

    /// <summary>The analysed terms of <see cref="Text"/>, space-separated; a term's position is its place in this list.</summary>
    public required string Terms { get; set; }
}
