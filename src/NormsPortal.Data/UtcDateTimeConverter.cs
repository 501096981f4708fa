using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NormsPortal.Data;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC and reads it back with <see cref="DateTimeKind.Utc"/>:
/// SQLite keeps no kind, and PostgreSQL's <c>timestamp with time zone</c> refuses local times.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
