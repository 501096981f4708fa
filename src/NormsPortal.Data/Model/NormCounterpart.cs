namespace NormsPortal.Data.Model;

/// <summary>A paragraph of another text that the norm restates, e.g. A/70/174, para. 13 (f).</summary>
public sealed class NormCounterpart
{
    public int Id { get; set; }

    public int NormId { get; set; }

    /// <summary>The paragraph pointed at; the quote is empty while the portal does not hold that text.</summary>
    public required TextReference Target { get; set; }

    /// <summary>The reference in UN style: <c>A/70/174, para. 13 (f)</c>.</summary>
    public required string Citation { get; set; }

    /// <summary>Whether a curator confirmed the mapping.</summary>
    public bool Verified { get; set; }

    /// <summary>What a curator noted about the mapping, e.g. why it is not confirmed.</summary>
    public string? Note { get; set; }
}
