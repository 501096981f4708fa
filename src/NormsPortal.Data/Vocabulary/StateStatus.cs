namespace NormsPortal.Data.Vocabulary;

/// <summary>What a State is to the United Nations today.</summary>
public enum StateStatus
{
    /// <summary>One of the 193 Member States.</summary>
    Member,

    /// <summary>A non-member observer State (the Holy See, the State of Palestine).</summary>
    Observer,

    /// <summary>A Member State that no longer exists, whose votes are on record (Czechoslovakia, Yugoslavia).</summary>
    Former,
}
