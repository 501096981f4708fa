namespace NormsPortal.Web.Features.Library;

/// <summary>How a change to the library went.</summary>
public enum LibraryOutcomeStatus
{
    Done,

    /// <summary>The owner's library holds no such item (another user's item is not found either).</summary>
    NotFound,

    /// <summary>The request is not valid: <see cref="LibraryOutcome{T}.Problem"/> says why.</summary>
    Invalid,

    /// <summary>The item changed since it was read (or the target is bookmarked already): <see cref="LibraryOutcome{T}.Value"/> is the item as it is now.</summary>
    Conflict,
}

/// <summary>The result of a change to the library: the item, or why not.</summary>
public sealed record LibraryOutcome<T>(LibraryOutcomeStatus Status, T? Value, string? Problem)
    where T : class;

/// <summary>Makes <see cref="LibraryOutcome{T}"/>s.</summary>
public static class LibraryOutcome
{
    public static LibraryOutcome<T> Done<T>(T value)
        where T : class => new(LibraryOutcomeStatus.Done, value, null);

    public static LibraryOutcome<T> NotFound<T>()
        where T : class => new(LibraryOutcomeStatus.NotFound, null, null);

    public static LibraryOutcome<T> Invalid<T>(string problem)
        where T : class => new(LibraryOutcomeStatus.Invalid, null, problem);

    public static LibraryOutcome<T> Conflict<T>(T current, string problem)
        where T : class => new(LibraryOutcomeStatus.Conflict, current, problem);
}
