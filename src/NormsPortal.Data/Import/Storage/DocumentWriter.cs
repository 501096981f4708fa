using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Writes one document inside the transaction <see cref="DocumentImporter"/> opened: its work with
/// facts, sponsors, votes and relations, its expression and provisions, its cross-references, and,
/// when asked, the same text as another work's expression. <see cref="StageAsync"/> reads what is
/// stored, deletes what is replaced and stages the changed rows in the context; after the importer
/// saved them, <see cref="WriteRowsAfterSaveAsync"/> inserts the many rows that need their new ids
/// (provisions, footnote marks, States' votes, sponsors, cross-references).
/// </summary>
internal sealed class DocumentWriter(PortalDbContext db, PreparedDocument prepared, DateTime now)
{
    private readonly ParsedDocument _document = prepared.Document;
    private readonly ImportOptions _options = prepared.Options;
    private readonly DocumentAuthority _authority = new(prepared.Document);
    private readonly string _symbol = UnSymbol.Normalise(prepared.Document.Symbol);
    private readonly List<ImportMessage> _messages = [];
    private readonly RowsAfterSave _afterSave = new();
    private Work? _work;

    public IReadOnlyList<ImportMessage> Messages => _messages;

    /// <summary>Stages the document; <see cref="ImportOutcome.Unchanged"/> when there is nothing to write.</summary>
    public async Task<ImportOutcome> StageAsync(CancellationToken cancellationToken)
    {
        var own = await StoreOwnTextAsync(cancellationToken);
        if (_options.TextOf is not { } target)
        {
            return own;
        }

        var asTextOf = await StoreAsTextOfAsync(target, cancellationToken);
        // The document's outcome is that of its own work; it was updated too if only the other work changed.
        return own == ImportOutcome.Unchanged && asTextOf != ImportOutcome.Unchanged ? ImportOutcome.Updated : own;
    }

    public Task WriteRowsAfterSaveAsync(CancellationToken cancellationToken) => _afterSave.WriteAsync(cancellationToken);

    private async Task<ImportOutcome> StoreOwnTextAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Works
            .Where(w => w.Symbol == _symbol)
            .Select(w => new { Hash = w.Expressions.Where(e => e.Language == _document.Language).Select(e => e.ContentHash).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (stored is not null && stored.Hash == prepared.ContentHash && !_options.Force)
        {
            return ImportOutcome.Unchanged;
        }

        var work = stored is null ? AddWork(_symbol, _document.Kind) : await LoadWorkAsync(cancellationToken);
        _work = work;
        WorkColumns.ApplyDocument(work, _document, _authority);
        work.CopyFactsToColumns();
        new FactMerger(db, work, _authority, now, _messages).Merge(ImportedFacts.Of(_document));
        SponsorMerger.Merge(db, work, _document, _authority, _afterSave, _messages);
        VoteMerger.Merge(db, work, _document, _authority, _afterSave, _messages);
        await StoreRelationsAsync(work, cancellationToken);

        var isNew = await ExpressionWriter.WriteAsync(db, work, prepared, textOfSymbol: null, _afterSave, cancellationToken);
        await ReplaceCrossReferencesAsync(work, workIsNew: stored is null, cancellationToken);
        return isNew ? ImportOutcome.Imported : ImportOutcome.Updated;
    }

    private async Task<ImportOutcome> StoreAsTextOfAsync(TextOfWork target, CancellationToken cancellationToken)
    {
        var targetSymbol = UnSymbol.Normalise(target.Symbol);
        var stored = await db.Works
            .Where(w => w.Symbol == targetSymbol)
            .Select(w => new { Expression = w.Expressions.Where(e => e.Language == _document.Language).Select(e => new { e.ContentHash, e.TextOfSymbol }).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (stored?.Expression is { TextOfSymbol: null })
        {
            _messages.Add(new ImportMessage(
                ImportSeverity.Warning,
                ImportCodes.OwnTextKept,
                $"{targetSymbol} has its own text in '{_document.Language}', which stays; the text of {_symbol} is not stored as its text.",
                _document.SourceName));
            return ImportOutcome.Unchanged;
        }

        if (stored?.Expression is { } expression && expression.ContentHash == prepared.ContentHash && expression.TextOfSymbol == _symbol && !_options.Force)
        {
            return ImportOutcome.Unchanged;
        }

        var work = stored is null
            ? AddWork(targetSymbol, target.Kind)
            : await db.Works.Include(w => w.Expressions).SingleAsync(w => w.Symbol == targetSymbol, cancellationToken);
        var draft = _work ?? await db.Works.Include(w => w.Relations).SingleAsync(w => w.Symbol == _symbol, cancellationToken);
        RelationWriter.Ensure(draft, WorkRelationKind.DraftOf, targetSymbol, _authority.Source);

        var isNew = await ExpressionWriter.WriteAsync(db, work, prepared, textOfSymbol: _symbol, _afterSave, cancellationToken);
        await ReplaceCrossReferencesAsync(work, workIsNew: stored is null, cancellationToken);
        return isNew ? ImportOutcome.Imported : ImportOutcome.Updated;
    }

    /// <summary>The relations the document states: the report it was adopted on, and its draft (a work of its own, created if unknown).</summary>
    private async Task StoreRelationsAsync(Work work, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(_document.CommitteeReport))
        {
            RelationWriter.Ensure(work, WorkRelationKind.AdoptedOnReport, UnSymbol.Normalise(_document.CommitteeReport), _authority.Source);
        }

        if (!string.IsNullOrWhiteSpace(_document.DraftSymbol) && UnSymbol.Normalise(_document.DraftSymbol) is var draftSymbol && draftSymbol != _symbol)
        {
            var draft = await db.Works.Include(w => w.Relations).SingleOrDefaultAsync(w => w.Symbol == draftSymbol, cancellationToken)
                ?? AddWork(draftSymbol, WorkKind.DraftResolution);
            RelationWriter.Ensure(draft, WorkRelationKind.DraftOf, _symbol, _authority.Source);
        }
    }

    private async Task ReplaceCrossReferencesAsync(Work work, bool workIsNew, CancellationToken cancellationToken)
    {
        if (prepared.References is { } references)
        {
            await CrossReferenceWriter.ReplaceAsync(db, work, workIsNew, _document.Language, references, _afterSave, cancellationToken);
        }
    }

    private Work AddWork(string symbol, WorkKind kind)
    {
        var work = WorkColumns.New(symbol, kind);
        db.Works.Add(work);
        return work;
    }

    /// <summary>The work with everything an import may change but its provisions, in one round trip per collection.</summary>
    private Task<Work> LoadWorkAsync(CancellationToken cancellationToken) =>
        db.Works
            .Include(w => w.Facts)
            .Include(w => w.Expressions)
            .Include(w => w.Sponsors)
            .Include(w => w.Votes).ThenInclude(v => v.CountryVotes)
            .Include(w => w.Relations)
            .AsSplitQuery()
            .SingleAsync(w => w.Symbol == _symbol, cancellationToken);
}
