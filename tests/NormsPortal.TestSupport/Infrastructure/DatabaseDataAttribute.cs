using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>
/// Runs a theory once per database (Bitwarden's <c>DatabaseDataAttribute</c> way): the test takes a
/// <see cref="DatabaseKind"/> and creates its own database with <see cref="TestDatabase.CreateAsync"/>.
/// Without a PostgreSQL server (<see cref="TestEnvironment.PostgresVariable"/>) its row is skipped
/// with a reason, except on CI, where the row runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseDataAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        IReadOnlyCollection<ITheoryDataRow> rows =
        [
            new TheoryDataRow<DatabaseKind>(DatabaseKind.Sqlite),
            new TheoryDataRow<DatabaseKind>(DatabaseKind.Postgres) { Skip = TestEnvironment.PostgresSkipReason },
        ];
        return new(rows);
    }

    public override bool SupportsDiscoveryEnumeration() => true;
}
