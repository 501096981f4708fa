namespace NormsPortal.Data.Vocabulary;

/// <summary>
/// A State as the portal names it: its ISO 3166-1 alpha-3 code (ISO 3166-3 for a former State), the
/// United Nations' English short name, the names it bore before (the UN's own, shown for a vote of
/// that time) and other names people call it by.
/// </summary>
/// <param name="Code">ISO 3166-1 alpha-3, in upper case ("FRA"); the State's page is <c>/states/FRA</c>.</param>
/// <param name="Name">The UN short name, in normal case ("Russian Federation", "Côte d'Ivoire").</param>
/// <param name="Status">Member State, observer State or former Member State.</param>
/// <param name="Group">The regional group; null for a State in none (a former State, an observer).</param>
/// <param name="IsPermanentMember">One of the five permanent members of the Security Council.</param>
/// <param name="FormerNames">Names the UN used for the State before, in normal case ("Union of Soviet Socialist Republics").</param>
/// <param name="Aliases">Common names and other spellings ("Russia", "Ivory Coast", "St. Kitts &amp; Nevis").</param>
public sealed record State(
    string Code,
    string Name,
    StateStatus Status,
    RegionalGroup? Group,
    bool IsPermanentMember,
    IReadOnlyList<string> FormerNames,
    IReadOnlyList<string> Aliases);
