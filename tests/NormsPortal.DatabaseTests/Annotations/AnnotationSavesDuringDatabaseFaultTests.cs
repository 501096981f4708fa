using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data;
using NormsPortal.Data.Postgres;
using NormsPortal.DatabaseTests.Admin;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.Web.Infrastructure.Database;

namespace NormsPortal.DatabaseTests.Annotations;

/// <summary>
/// The fault test: admins save annotations through the API while the PostgreSQL server is stopped at once (as a
/// crash stops it) and started again. A server of the test's own, never the one the other tests share.
/// </summary>
public sealed class AnnotationSavesDuringDatabaseFaultTests
{
    private const int Workers = 3;
    private static readonly TimeSpan s_recoveryBound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_phaseTimeout = TimeSpan.FromSeconds(20);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ServerStoppedAndRestartedWhileAdminsSave_KeepsEveryAcknowledgedSaveOnce_RefusesTheOthersWith503_AndRecoversWithin5s(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            Assert.Skip("SQLite is a file inside the app's process: there is no database server to stop and restart.");
        }

        if (ThrowawayPostgresServer.MissingReason is { } missing && !TestEnvironment.IsCi)
        {
            Assert.Skip(missing);
        }

        await using var server = await ThrowawayPostgresServer.StartAsync(Cancel);
        await using var site = AdminSite.Over(PostgresDatabaseProvider.ProviderName, server.ConnectionString("normsportal_fault"));
        var contexts = site.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(Cancel))
        {
            db.Works.Add(SampleGraph.Work());
            await db.SaveChangesAsync(Cancel);
        }

        var admins = new List<HttpClient>();
        for (var i = 0; i < Workers; i++)
        {
            var account = await site.CreateAccountAsync($"curator{i}", admin: true, twoFactor: true);
            admins.Add(await site.SignInAsync(account, SecondFactor.AuthenticatorCode));
        }

        var attempts = new ConcurrentQueue<SaveAttempt>();
        var clock = Stopwatch.StartNew();
        using var stopSaving = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Workers).Select(i => SaveUntilStoppedAsync(admins[i], $"admin{i}", attempts, clock, stopSaving.Token)).ToList();
        // The first admin's second tab, saving on its own after the server returns, times the recovery.
        var probe = new Curator(admins[0], "probe", attempts, clock);

        await WaitUntilAsync(() => Enumerable.Range(0, Workers).All(i => attempts.Count(a => a.Admin == $"admin{i}" && a.Acknowledged) >= 2), "every admin saved twice");
        await server.StopImmediatelyAsync(Cancel);
        var stoppedAt = clock.Elapsed;
        // Down until every admin has been refused once (a save in flight at the stop counts), so both sides of the fault are seen.
        await WaitUntilAsync(() => Enumerable.Range(0, Workers).All(i => attempts.Any(a => a.Admin == $"admin{i}" && a.EndedAt > stoppedAt && !a.Acknowledged)), "every admin refused while the server is down");
        await server.StartAgainAsync(Cancel);
        var returnedAt = clock.Elapsed;

        SaveAttempt recovered;
        do
        {
            recovered = await probe.SaveAsync();
        }
        while (!recovered.Acknowledged && clock.Elapsed - returnedAt < s_phaseTimeout);
        var recovery = recovered.EndedAt - returnedAt;
        await WaitUntilAsync(() => Enumerable.Range(0, Workers).All(i => attempts.Any(a => a.Admin == $"admin{i}" && a.StartedAt > returnedAt && a.Acknowledged)), "every admin saved again");
        await stopSaving.CancelAsync();
        await Task.WhenAll(workers);

        var saved = new Dictionary<string, int>(StringComparer.Ordinal);
        List<int> annotationIds;
        await using (var db = await contexts.CreateDbContextAsync(Cancel))
        {
            foreach (var body in await db.AnnotationRevisions.Select(r => r.Body).ToListAsync(Cancel))
            {
                saved[body] = saved.GetValueOrDefault(body) + 1;
            }

            annotationIds = await db.Annotations.Select(a => a.Id).ToListAsync(Cancel);
        }

        var all = attempts.ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} saves: {all.Count(a => a.Acknowledged)} acknowledged, {all.Count(a => a.Status == HttpStatusCode.ServiceUnavailable)} refused with 503, "
            + $"{all.Count(a => a.Status == HttpStatusCode.Conflict)} conflicts; server down {(returnedAt - stoppedAt).TotalSeconds:0.0} s; "
            + $"the first save after the server returned succeeded in {recovery.TotalSeconds:0.00} s (bound {s_recoveryBound.TotalSeconds:0} s)."));
        Assert.All(all, a => Assert.True(
            a.Acknowledged || a.Status == HttpStatusCode.ServiceUnavailable || (a.Status == HttpStatusCode.Conflict && a.Kind == SaveKind.Update),
            $"{a.Kind} by {a.Admin} answered {(int)a.Status}: {a.Answer}"));
        Assert.All(all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a => Assert.Equal(
            ("application/problem+json", DatabaseUnreachable.ProblemTitle), (a.MediaType, a.ProblemTitle)));
        Assert.All(all.Where(a => a.Acknowledged), a => Assert.True(saved.GetValueOrDefault(a.Body) == 1,
            $"{a.Kind} by {a.Admin} was acknowledged ({(int)a.Status}) and is saved {saved.GetValueOrDefault(a.Body)} times"));
        Assert.All(all.Where(a => a.Kind == SaveKind.Create && a.Acknowledged), a => Assert.Contains(a.AnnotationId!.Value, annotationIds));
        Assert.All(all, a => Assert.True(saved.GetValueOrDefault(a.Body) <= 1, $"{a.Kind} by {a.Admin} ({(int)a.Status}) is saved {saved.GetValueOrDefault(a.Body)} times"));
        Assert.True(recovered.Acknowledged, $"No save succeeded within {s_phaseTimeout.TotalSeconds} s of the server's return: {(int)recovered.Status} {recovered.Answer}");
        Assert.True(recovery <= s_recoveryBound, $"The first save succeeded {recovery.TotalSeconds:0.00} s after the server returned; the bound is {s_recoveryBound.TotalSeconds} s.");
    }

    private static async Task SaveUntilStoppedAsync(HttpClient admin, string name, ConcurrentQueue<SaveAttempt> attempts, Stopwatch clock, CancellationToken stop)
    {
        var curator = new Curator(admin, name, attempts, clock);
        while (!stop.IsCancellationRequested)
        {
            await curator.SaveAsync();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < s_phaseTimeout, $"Waited {s_phaseTimeout.TotalSeconds} s in vain for this: {what}.");
            await Task.Delay(50, Cancel);
        }
    }

    /// <summary>
    /// An admin saving one annotation after another, alternately a new one and a change of the last one acknowledged,
    /// each with a body of its own (the marker by which the database is searched afterwards). A failed change is not
    /// sent again: its outcome is unknown to the client, and a conflict tells the version to change next.
    /// </summary>
    private sealed class Curator(HttpClient admin, string name, ConcurrentQueue<SaveAttempt> attempts, Stopwatch clock)
    {
        private int _count;
        private (int Id, long Version)? _last;

        public async Task<SaveAttempt> SaveAsync()
        {
            var body = $"Saved by {name} in the fault test, save {++_count} ({Guid.NewGuid():N}).";
            var kind = _last is null || _count % 2 == 0 ? SaveKind.Create : SaveKind.Update;
            var startedAt = clock.Elapsed;
            using var response = kind == SaveKind.Create
                ? await admin.PostAsJsonAsync("/api/v1/annotations", new { target = new { symbol = SampleGraph.Symbol }, body, status = "published" }, Cancel)
                : await admin.PutAsJsonAsync($"/api/v1/annotations/{_last!.Value.Id}", new { body, status = "published", version = _last.Value.Version }, Cancel);
            var answer = await response.Content.ReadAsStringAsync(Cancel);
            var json = answer.StartsWith('{') ? JsonDocument.Parse(answer).RootElement : default;
            var attempt = new SaveAttempt(name, kind, body, response.StatusCode, response.Content.Headers.ContentType?.MediaType, answer, startedAt, clock.Elapsed)
            {
                ProblemTitle = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("title", out var title) ? title.GetString() : null,
                AnnotationId = response.IsSuccessStatusCode ? json.GetProperty("id").GetInt32() : null,
            };
            if (response.IsSuccessStatusCode)
            {
                _last = (attempt.AnnotationId!.Value, json.GetProperty("version").GetInt64());
            }
            else if (response.StatusCode == HttpStatusCode.Conflict)
            {
                _last = (_last!.Value.Id, json.GetProperty("current").GetProperty("version").GetInt64());
            }

            attempts.Enqueue(attempt);
            return attempt;
        }
    }

    private enum SaveKind
    {
        Create,
        Update,
    }

    private sealed record SaveAttempt(
        string Admin, SaveKind Kind, string Body, HttpStatusCode Status, string? MediaType, string Answer, TimeSpan StartedAt, TimeSpan EndedAt)
    {
        public bool Acknowledged => (int)Status is >= 200 and < 300;

        public string? ProblemTitle { get; init; }

        public int? AnnotationId { get; init; }
    }
}
