using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.Web.Features.Facts;

/// <summary>
/// Curators' corrections to the catalogue: a work's facts read with their versions and history, a fact filled in or
/// corrected with a required source note (through <see cref="Work.ReviseFact"/> as <see cref="FactOrigin.Curator"/>, so the
/// history, the work's copied columns and the search index follow as for every other writer), and a work the catalogue
/// lacks added. A change carries the version of the fact it was based on: a stale one is a conflict answered with the
/// fact as it is now, and saves nothing. Every change is in the audit log, committed with it. The caller checks who may
/// do this; the service takes the acting admin's id. A singleton making a short-lived context per call.
/// </summary>
public sealed partial class FactCuration(IDbContextFactory<PortalDbContext> contextFactory, IAuditLog audit)
{
    /// <summary>The longest fact value kept: titles are the longest facts, far shorter than this.</summary>
    public const int MaxValueLength = 2048;

    /// <summary>How often a save that raced another admin's save of the same work (not of the same fact) is tried again.</summary>
    private const int Attempts = 3;

    private const string SourceNeeded = "Say where the value comes from (\"source\"): a document, a page or a data set, as a reader would cite it.";

    /// <summary>The work's facts with their versions and history; null when the catalogue has no such work.</summary>
    public async Task<WorkFactsDto?> GetAsync(string symbol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is { } held ? await LoadAsync(db, held.Id, cancellationToken) : null;
    }

    /// <summary>
    /// Sets a fact of a work as <paramref name="request"/> says, by the admin <paramref name="userId"/>: adds it when the
    /// work has none of that key, else revises it (its old value going to its history) when the version read is current.
    /// </summary>
    public async Task<LibraryOutcome<CuratedFactDto>> ReviseAsync(string userId, FactEditRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (WhyNotValid(request) is { } problem)
        {
            return LibraryOutcome.Invalid<CuratedFactDto>(problem);
        }

        var (key, value, source) = (request.Key!.Trim(), request.Value!.Trim(), request.Source!.Trim());
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (await SymbolLookup.FindAsync(db.Works, request.Symbol!, cancellationToken) is not { } held)
            {
                return LibraryOutcome.NotFound<CuratedFactDto>();
            }

            var work = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Id == held.Id, cancellationToken);
            var fact = work.Facts.Find(f => f.Key == key);
            if (fact is null && request.Version is not null)
            {
                return LibraryOutcome.Invalid<CuratedFactDto>($"{held.Symbol} has no fact '{key}': send no version to add it.");
            }

            if (fact is not null && fact.Version != request.Version)
            {
                return await ConflictAsync(db, fact, request.Version, cancellationToken);
            }

            var before = fact is null ? null : Snapshot(fact);
            var actor = await Actors.NameAsync(db, userId, cancellationToken);
            var outcome = work.ReviseFact(key, value, source, request.Verified, FactOrigin.Curator, actor, DateTime.UtcNow);
            fact = work.Facts.Single(f => f.Key == key);
            if (outcome == FactRevisionOutcome.Unchanged)
            {
                return LibraryOutcome.Done(await FactAsync(db, fact, cancellationToken));
            }

            var target = AuditTargets.Of("fact", held.Symbol + "#" + key);
            var after = Snapshot(fact) with { Version = fact.Version + 1 };
            await audit.RecordAsync(db, userId, outcome == FactRevisionOutcome.Added ? FactActions.Added : FactActions.Revised, target, before, after, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return LibraryOutcome.Done(await FactAsync(db, fact, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another save of this work came first: this fact's (a conflict on the next pass) or another fact's
                // whose copied column moved the work's version (nothing of this admin's is lost: it is tried again).
            }
        }
    }

    /// <summary>Adds a work the catalogue lacks, with its title and date as facts of the source note given.</summary>
    public async Task<LibraryOutcome<WorkFactsDto>> AddWorkAsync(string userId, WorkAddRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (symbol, kind, problem) = ReadWork(request);
        if (problem is not null)
        {
            return LibraryOutcome.Invalid<WorkFactsDto>(problem);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await ExistingAsync(db, symbol!, cancellationToken) is { } existing)
        {
            return existing;
        }

        var endorser = string.IsNullOrWhiteSpace(request.EndorsedBy) ? null : await SymbolLookup.FindAsync(db.Works, request.EndorsedBy, cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.EndorsedBy) && endorser is null)
        {
            return LibraryOutcome.Invalid<WorkFactsDto>($"endorsedBy: the catalogue holds no work '{request.EndorsedBy.Trim()}'.");
        }

        var source = request.Source!.Trim();
        var actor = await Actors.NameAsync(db, userId, cancellationToken);
        var work = NewWork(symbol!, kind, request, source, actor);
        db.Works.Add(work);
        if (endorser is not null)
        {
            db.WorkRelations.Add(new WorkRelation { SourceWorkId = endorser.Id, Kind = WorkRelationKind.Endorses, TargetSymbol = work.Symbol, Source = source });
        }

        var after = new { work.Symbol, Kind = kind.ToName(), work.Title, Date = request.Date?.Trim(), Source = source, request.Verified, EndorsedBy = endorser?.Symbol };
        await audit.RecordAsync(db, userId, FactActions.WorkAdded, AuditTargets.Of("work", work.Symbol), null, after, cancellationToken);
        try
        {
            // One save: the work, its relation, its audit row and its search entries commit together or not at all.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another admin added the same symbol meanwhile: the unique symbol refused this one.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await ExistingAsync(fresh, symbol!, cancellationToken) ?? throw new InvalidOperationException($"{symbol} could not be added.");
        }

        return LibraryOutcome.Done((await LoadAsync(db, work.Id, cancellationToken))!);
    }

    /// <summary>The new work, its title and date set through the one fact operation as a curator's, with the source note.</summary>
    private static Work NewWork(string symbol, WorkKind kind, WorkAddRequest request, string source, string actor)
    {
        var now = DateTime.UtcNow;
        var work = new Work { Symbol = symbol, Kind = kind, Session = UnSymbol.Session(symbol), OfficialUrl = UnSymbol.OfficialUrl(symbol).AbsoluteUri };
        foreach (var (key, value) in new[] { (FactKeys.Title, request.Title), (FactKeys.Date, request.Date) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                work.ReviseFact(key, value.Trim(), source, request.Verified, FactOrigin.Curator, actor, now);
            }
        }

        return work;
    }

    /// <summary>Why <paramref name="request"/> cannot be saved, in words for the admin, or null.</summary>
    public static string? WhyNotValid(FactEditRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key?.Trim() ?? "";
        if (string.IsNullOrWhiteSpace(request.Symbol))
        {
            return "Name the work (\"symbol\").";
        }

        if (SymbolLookup.WhyNotASymbol(request.Symbol) is { } notASymbol)
        {
            return notASymbol;
        }

        if (!FactKey().IsMatch(key) || key.Length > Fact.MaxKeyLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"\"key\" names the fact: letters and digits, parts joined by dots, at most {Fact.MaxKeyLength} characters ({FactKeys.Title}, {FactKeys.Date}, {FactKeys.AdoptionMode} …).");
        }

        return WhyNotAValue(key, request.Value) ?? WhyNotASource(request.Source, request.Verified);
    }

    private static string? WhyNotAValue(string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "A fact needs a value (\"value\").";
        }

        if (value.Trim().Length > MaxValueLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A fact's value is kept up to {MaxValueLength} characters.");
        }

        return key switch
        {
            FactKeys.Date when FactValues.ParseDate(value.Trim()) is null => $"A date is written {FactValues.DateFormat}, for example 2021-03-18; not '{value.Trim()}'.",
            FactKeys.Session when FactValues.ParseSession(value.Trim()) is null => $"A session is a whole number, for example 75; not '{value.Trim()}'.",
            _ => null,
        };
    }

    /// <summary>
    /// A source note is required, and a value is marked verified only when its source names an official UN source
    /// (<see cref="OfficialSources"/>, the one rule every writer applies).
    /// </summary>
    private static string? WhyNotASource(string? source, bool verified)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return SourceNeeded;
        }

        if (source.Trim().Length > Fact.MaxSourceLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A source note is kept up to {Fact.MaxSourceLength} characters.");
        }

        return verified && !OfficialSources.AreNamedIn(source.Trim())
            ? "A value is verified only when an official UN source confirms it: name it in the source (its UN address, such as https://undocs.org/A/71/PV.62)."
            : null;
    }

    /// <summary>The work's symbol in its normal form and its kind, or why the request cannot add it.</summary>
    private static (string? Symbol, WorkKind Kind, string? Problem) ReadWork(WorkAddRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Symbol))
        {
            return (null, default, "Name the work (\"symbol\"), as the UN writes it: A/76/135.");
        }

        if (SymbolLookup.WhyNotASymbol(request.Symbol) is { } notASymbol)
        {
            return (null, default, notASymbol);
        }

        var symbol = SymbolLookup.NormalForm(request.Symbol);
        if (!SymbolShape().IsMatch(symbol))
        {
            return (null, default, $"'{symbol}' is not a UN symbol: series and numbers joined by slashes, such as A/76/135 or A/RES/43/78 H.");
        }

        if (!WorkKindNames.TryParse(request.Kind, out var kind))
        {
            return (null, default, WorkKindNames.UnknownMessage(request.Kind));
        }

        var problem = (request.Title, request.Date) switch
        {
            ({ } title, _) when title.Trim().Length > MaxValueLength => WhyNotAValue(FactKeys.Title, title),
            (_, { } date) when !string.IsNullOrWhiteSpace(date) => WhyNotAValue(FactKeys.Date, date),
            _ => null,
        };
        return (symbol, kind, problem ?? WhyNotASource(request.Source, request.Verified));
    }

    private static async Task<LibraryOutcome<WorkFactsDto>?> ExistingAsync(PortalDbContext db, string symbol, CancellationToken cancellationToken) =>
        await SymbolLookup.FindAsync(db.Works, symbol, cancellationToken) is { } held
            ? LibraryOutcome.Conflict((await LoadAsync(db, held.Id, cancellationToken))!, $"{held.Symbol} is in the catalogue already: correct its facts instead.")
            : null;

    private static async Task<LibraryOutcome<CuratedFactDto>> ConflictAsync(PortalDbContext db, Fact fact, long? read, CancellationToken cancellationToken)
    {
        var current = await FactAsync(db, fact, cancellationToken);
        var sent = read is { } version ? string.Create(CultureInfo.InvariantCulture, $"you sent version {version}") : "you sent no version, as for a new fact";
        return LibraryOutcome.Conflict(current, string.Create(CultureInfo.InvariantCulture,
            $"The fact '{fact.Key}' changed since you read it ({sent}; it is at version {fact.Version} now). Its current state is in \"current\" and what you sent in \"yours\": merge them and send the current version."));
    }

    private static async Task<WorkFactsDto?> LoadAsync(PortalDbContext db, int workId, CancellationToken cancellationToken)
    {
        var work = await db.Works.AsNoTracking().Include(w => w.Facts).ThenInclude(f => f.History).AsSplitQuery()
            .SingleOrDefaultAsync(w => w.Id == workId, cancellationToken);
        return work is null
            ? null
            : new WorkFactsDto(work.Symbol, work.Kind.ToName(), work.Title, DocumentUrls.For(work.Symbol),
                [.. work.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => ToDto(f, f.History))]);
    }

    private static async Task<CuratedFactDto> FactAsync(PortalDbContext db, Fact fact, CancellationToken cancellationToken)
    {
        var history = await db.FactRevisions.AsNoTracking().Where(r => r.FactId == fact.Id).ToListAsync(cancellationToken);
        return ToDto(fact, history);
    }

    private static CuratedFactDto ToDto(Fact fact, IEnumerable<FactRevision> history) => new(
        fact.Key, fact.Value, fact.Source, fact.Verified, OriginName(fact.Origin), fact.Version, fact.CreatedAt,
        [.. history.OrderBy(r => r.Id).Select(r => new FactRevisionDto(
            r.OldValue, r.OldSource, r.OldVerified, OriginName(r.OldOrigin), r.NewValue, r.NewSource, r.NewVerified, OriginName(r.NewOrigin), r.RevisedAt, r.RevisedBy))]);

    private static string OriginName(FactOrigin origin) => origin.ToString().ToLowerInvariant();

    /// <summary>What the audit log keeps of a fact before and after a change.</summary>
    private static FactSnapshot Snapshot(Fact fact) => new(fact.Version, fact.Key, fact.Value, fact.Source, fact.Verified, OriginName(fact.Origin));

    private sealed record FactSnapshot(long Version, string Key, string Value, string? Source, bool Verified, string Origin);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$")]
    private static partial Regex FactKey();

    // Series and numbers joined by slashes (A/76/135, A/C.1/73/L.27/Rev.1, A/HRC/RES/47/16), a part letter after a space.
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9.\-]*(/[A-Za-z0-9.\-]+)+( [A-Z])?$")]
    private static partial Regex SymbolShape();
}
