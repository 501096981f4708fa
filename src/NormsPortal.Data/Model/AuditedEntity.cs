namespace NormsPortal.Data.Model;

/// <summary>Base class for the portal's own entities: an integer key plus version and timestamps.</summary>
public abstract class AuditedEntity : IAuditedEntity
{
    public int Id { get; set; }

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
