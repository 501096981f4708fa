using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// The fact keys the seed catalogue uses beyond <see cref="FactKeys"/>. A source key of
/// <c>documents.json</c> that names no field (<c>composition</c>, <c>subject</c>) becomes a fact
/// of its own, keyed by the source key in camel case.
/// </summary>
public static class SeedFactKeys
{
    /// <summary>The symbol, with the source that shows the document exists (<c>existence</c>).</summary>
    public const string Symbol = "symbol";

    /// <summary>What the date is the date of: <c>adopted</c> or <c>issued</c>.</summary>
    public const string DateMeaning = "dateMeaning";

    /// <summary>A related document the seed names without saying what it is (<c>A/HRC/20/L.13</c>).</summary>
    public const string Related = "related";

    /// <summary>The expert group whose report the document is (<c>Group of Governmental Experts 2014-2015</c>).</summary>
    public const string Group = "group";

    /// <summary>What the curators say about the text the portal holds for the document.</summary>
    public const string TextNote = "textNote";
}
