using System.Globalization;
using CsvHelper;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// Reads <c>votes/rollcalls.csv</c> (one row per recorded vote: rcid, session, date, resolution and
/// the counts) and <c>votes/country-votes.csv</c> (one row per State and vote: rcid, resolution,
/// country, iso2, vote), joined on the rcid. Country names become the names the States bore on the
/// day of the vote (<see cref="HistoricalCountryNames"/>).
/// </summary>
internal static class VoteTablesReader
{
    private static readonly CsvReaderOptions s_options = new()
    {
        Separator = ',',
        HasHeader = true,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MissingField = CsvMissingFieldHandling.Throw,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    private static readonly Dictionary<string, CountryVoteChoice> s_choices = new(StringComparer.Ordinal)
    {
        ["yes"] = CountryVoteChoice.Yes,
        ["no"] = CountryVoteChoice.No,
        ["abstain"] = CountryVoteChoice.Abstain,
    };

    public static IReadOnlyList<SeedRollCall> Read(string rollCallsPath, string countryVotesPath)
    {
        var problems = new SeedProblems("The vote tables");
        var rollCalls = ReadRows(rollCallsPath, ReadRollCall);
        var countryVotes = ReadRows(countryVotesPath, ReadCountryVoteRow);

        var rollCallsById = new Dictionary<int, SeedRollCall>();
        foreach (var rollCall in rollCalls)
        {
            if (!rollCallsById.TryAdd(rollCall.Rcid, rollCall))
            {
                problems.Add($"{SeedCatalog.RollCallsFile}: rcid {rollCall.Rcid} appears twice.");
            }
        }

        foreach (var row in countryVotes.Where(r => !rollCallsById.ContainsKey(r.Rcid)))
        {
            problems.Add($"{SeedCatalog.CountryVotesFile}: {row.Country} votes in rcid {row.Rcid}, which {SeedCatalog.RollCallsFile} does not have.");
        }

        var result = new List<SeedRollCall>();
        foreach (var rollCall in rollCalls)
        {
            var rows = countryVotes.Where(r => r.Rcid == rollCall.Rcid).ToList();
            foreach (var row in rows.Where(r => r.Resolution != rollCall.Resolution))
            {
                problems.Add($"{SeedCatalog.CountryVotesFile}: rcid {row.Rcid} is {rollCall.Resolution} in {SeedCatalog.RollCallsFile} but {row.Resolution} for {row.Country}.");
            }

            var votes = new List<SeedCountryVote>();
            foreach (var row in rows)
            {
                if (!s_choices.TryGetValue(row.Vote, out var choice))
                {
                    problems.Add($"{SeedCatalog.CountryVotesFile}: rcid {row.Rcid}, {row.Country}: unknown vote \"{row.Vote}\".");
                    continue;
                }

                var name = HistoricalCountryNames.NameAt(row.CountryCode, row.Country, rollCall.Date);
                votes.Add(new SeedCountryVote(row.CountryCode, name, row.Country, choice));
            }

            result.Add(rollCall with { CountryVotes = votes });
        }

        problems.ThrowIfAny();
        return result;
    }

    private static List<T> ReadRows<T>(string path, Func<CsvReader, T> readRow)
    {
        using var reader = CsvReader.FromFile(path, s_options);
        var rows = new List<T>();
        try
        {
            while (reader.Read())
            {
                rows.Add(readRow(reader));
            }
        }
        catch (Exception exception) when (exception is FormatException or KeyNotFoundException or CsvFormatException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}, data row {rows.Count + 1}: {exception.Message}", exception);
        }

        return rows;
    }

    private static SeedRollCall ReadRollCall(CsvReader reader) => new(
        reader.Parse<int>("rcid"),
        reader.Parse<int>("session"),
        DateOnly.ParseExact(reader.GetString("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        UnSymbol.Normalise(reader.GetString("resolution")),
        reader.Parse<int>("yes"),
        reader.Parse<int>("no"),
        reader.Parse<int>("abstain"));

    private static CountryVoteRow ReadCountryVoteRow(CsvReader reader) => new(
        reader.Parse<int>("rcid"),
        UnSymbol.Normalise(reader.GetString("resolution")),
        reader.GetString("country"),
        reader.GetString("iso2") is { Length: > 0 } code ? code : null,
        reader.GetString("vote"));

    private sealed record CountryVoteRow(int Rcid, string Resolution, string Country, string? CountryCode, string Vote);
}
