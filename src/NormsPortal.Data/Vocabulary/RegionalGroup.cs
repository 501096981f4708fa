namespace NormsPortal.Data.Vocabulary;

/// <summary>
/// The five regional groups of the United Nations, as the General Assembly uses them for elections.
/// The United States attends the Western European and others Group as an observer and counts with
/// it for elections; Türkiye takes part in two groups and counts with the Western European and
/// others Group; Kiribati has been in the Asia-Pacific Group since 2010.
/// </summary>
public enum RegionalGroup
{
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanAndCaribbean,
    WesternEuropeanAndOthers,
}
