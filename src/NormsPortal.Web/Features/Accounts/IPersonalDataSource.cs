namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// A part of the portal that keeps data of its own about an account (the library, its sessions …).
/// Each registers one (<c>AddScoped&lt;IPersonalDataSource, …&gt;</c>): the account's download then
/// includes its data under <see cref="Name"/>. Deleting the account removes that data by the
/// database's cascade from the user row (<see cref="AccountDeletion"/>), so a source's tables need a
/// foreign key to the user with <c>OnDelete(Cascade)</c>.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The property the data appears under in the download, e.g. <c>library</c>.</summary>
    string Name { get; }

    /// <summary>Everything this part keeps about <paramref name="userId"/>, as JSON-serialisable objects.</summary>
    Task<object> ReadAsync(string userId, CancellationToken cancellationToken);
}
