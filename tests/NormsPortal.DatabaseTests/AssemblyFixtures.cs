using NormsPortal.DatabaseTests.Reader;

// One instance for the whole assembly: loading the corpus is the slow part of these tests.
[assembly: AssemblyFixture(typeof(CorpusFixture))]
