namespace NormsPortal.Data.Caching;

/// <summary>What an instance does with what <see cref="ICacheTagChannel.ListenAsync"/> hears.</summary>
public interface ICacheTagListener
{
    /// <summary>
    /// The channel listens: from now on every announcement reaches <see cref="EvictAsync"/>. <paramref name="resumed"/>
    /// when an attempt to listen came before (it lost its connection, or could not open one): what was announced
    /// meanwhile is unknown.
    /// </summary>
    Task ListeningAsync(bool resumed, CancellationToken cancellationToken);

    /// <summary>The channel could not listen, or stopped; it tries again after a pause.</summary>
    void NotListening();

    /// <summary>Another instance (or this one) wrote what the answers tagged <paramref name="tags"/> show.</summary>
    Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}
