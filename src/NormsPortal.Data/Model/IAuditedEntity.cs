namespace NormsPortal.Data.Model;

/// <summary>
/// An entity whose rows carry an application-managed version and UTC timestamps.
/// <c>PortalDbContext</c> sets them on every save, so optimistic concurrency behaves the
/// same on SQLite and PostgreSQL (PostgreSQL's <c>xmin</c> has no SQLite equivalent).
/// </summary>
public interface IAuditedEntity
{
    /// <summary>Incremented on every save; the concurrency token.</summary>
    long Version { get; set; }

    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}
