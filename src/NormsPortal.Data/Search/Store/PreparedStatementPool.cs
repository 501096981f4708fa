using System.Collections.Concurrent;
using System.Data.Common;
using NormsPortal.Data.Providers;

namespace NormsPortal.Data.Search.Store;

/// <summary>
/// Runs search statements on open connections that keep each statement prepared, so that a query runs the
/// statement its shape compiled before instead of compiling it again. The statement's text (about 9 kB, some
/// fifteen CTEs) is the same for every query of one shape and the words are parameters; compiling it was about
/// 3 ms of CPU of every search on SQLite and about a millisecond of parsing and analysis on PostgreSQL
/// (docs/benchmarks.md). Neither provider keeps that work across connections from its pool: Microsoft.Data.Sqlite
/// keeps a statement compiled only for the command that ran it (dotnet/efcore#14044), and Npgsql prepares on the
/// server only when asked. The database re-prepares a statement whose tables changed (SQLite on its schema
/// cookie, PostgreSQL on its plan cache's invalidation).
/// </summary>
/// <remarks>
/// Thread-safe: a connection serves one statement at a time and is taken from the idle ones or opened. At most
/// <see cref="MaxIdleConnections"/> wait idle, each with at most <see cref="MaxStatementsPerConnection"/> statements.
/// A connection that failed is closed instead of kept: whatever went wrong (a broken connection, a cancelled read)
/// does not reach the next search.
/// </remarks>
public sealed class PreparedStatementPool : IDisposable
{
    /// <summary>Enough for the requests a few cores serve at once; more at a peak are opened and closed again.</summary>
    public static readonly int MaxIdleConnections = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Far more than the shapes a search has (scope, filters, page or work), so a connection rarely starts over.</summary>
    public const int MaxStatementsPerConnection = 64;

    private readonly DbProviderFactory _factory;
    private readonly string _connectionString;
    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    /// <summary>Statements on the database of <paramref name="connectionString"/>, with the connection settings <paramref name="provider"/> needs for prepared statements.</summary>
    public PreparedStatementPool(IPortalDatabaseProvider provider, DbProviderFactory factory, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        _connectionString = provider.ForPreparedStatements(connectionString);
    }

    /// <summary>Runs <paramref name="statement"/> and hands its rows to <paramref name="read"/>, which must read all it needs before it returns.</summary>
    public async Task<T> RunAsync<T>(SearchStatement statement, Func<DbDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(read);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = TakeIdle() ?? await OpenAsync(cancellationToken);
        T result;
        try
        {
            var command = connection.CommandFor(statement);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            result = await read(reader, cancellationToken);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        GiveBack(connection);
        return result;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private PreparedConnection? TakeIdle()
    {
        if (!_idle.TryTake(out var connection))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleCount);
        return connection;
    }

    private async Task<PreparedConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _factory.CreateConnection() ?? throw new InvalidOperationException($"{_factory.GetType()} made no connection.");
        try
        {
            connection.ConnectionString = _connectionString;
            await connection.OpenAsync(cancellationToken);
            return new PreparedConnection(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void GiveBack(PreparedConnection connection)
    {
        if (Interlocked.Increment(ref _idleCount) > MaxIdleConnections)
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
        // A search that finished while the pool was disposed leaves no connection behind it.
        if (_disposed && _idle.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    /// <summary>An open connection and its prepared commands, by statement text; used by one search at a time.</summary>
    private sealed class PreparedConnection(DbConnection connection) : IDisposable
    {
        private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

        public DbCommand CommandFor(SearchStatement statement)
        {
            if (_commands.TryGetValue(statement.Sql, out var command) && Bind(command, statement.Parameters))
            {
                return command;
            }

            if (command is not null)
            {
                _commands.Remove(statement.Sql);
                command.Dispose();
            }

            if (_commands.Count >= MaxStatementsPerConnection)
            {
                DisposeCommands();
            }

            command = statement.CreateCommand(connection);
            command.Prepare();
            _commands.Add(statement.Sql, command);
            return command;
        }

        public void Dispose()
        {
            DisposeCommands();
            connection.Dispose();
        }

        /// <summary>Puts the values in the command's parameters; false when the statement's parameters are not the command's.</summary>
        private static bool Bind(DbCommand command, IReadOnlyList<SearchSqlParameter> parameters)
        {
            if (command.Parameters.Count != parameters.Count)
            {
                return false;
            }

            for (var i = 0; i < parameters.Count; i++)
            {
                var parameter = command.Parameters[i];
                if (parameter.ParameterName != parameters[i].Name || parameter.Value?.GetType() != parameters[i].Value.GetType())
                {
                    return false;
                }
            }

            for (var i = 0; i < parameters.Count; i++)
            {
                command.Parameters[i].Value = parameters[i].Value;
            }

            return true;
        }

        private void DisposeCommands()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _commands.Clear();
        }
    }
}
