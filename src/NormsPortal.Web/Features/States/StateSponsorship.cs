namespace NormsPortal.Web.Features.States;

/// <summary>A State's place on a resolution's sponsor list, when the portal holds the list.</summary>
public enum StateSponsorship
{
    Sponsor,
    AdditionalSponsor,
    None,
}
