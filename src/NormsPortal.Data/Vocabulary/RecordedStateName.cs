namespace NormsPortal.Data.Vocabulary;

/// <summary>
/// A name as a vote or a sponsor list recorded it, resolved to its <see cref="State"/>.
/// <see cref="NameThen"/> is what to show: the UN's former name in normal case when the record used
/// one (a 1981 vote of the "Union of Soviet Socialist Republics"), the State's UN short name otherwise.
/// </summary>
public sealed record RecordedStateName(State State, string NameThen);
