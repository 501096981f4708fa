namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>
/// The collection of tests that put on the shared portal what other tests' pages would show (hostile notes on
/// A/RES/73/27, which every document test reads and axe scans). xunit runs a collection without parallelization
/// after all the parallel ones, alone, so no other test sees what these write while it is there.
/// </summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class RunsAlone;
