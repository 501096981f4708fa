namespace NormsPortal.Data.Model;

/// <summary>Whether a State sponsored a draft from the start or joined later.</summary>
public enum SponsorRole
{
    Sponsor,
    AdditionalSponsor,
}
