namespace NormsPortal.Data.Seeding;

/// <summary>
/// The names Member States bore at the time of a vote, for the States of the seed roll calls that
/// changed name between 1981 and 2018 (and Türkiye since). The voting data calls every State by
/// one modern short name across the years ("Russia" in 1981, "Eswatini" in 2005, "Myanmar (Burma)"),
/// under a code that stays the same across a renaming (Voeten's "Yugoslavia" code, YU, carries on
/// as Serbia). A vote outside every period listed keeps the name the data gives, which is right
/// for it (Czechoslovakia, the two Germanys and the two Yemens of 1981 are named as they were).
/// </summary>
/// <remarks>
/// Names are the English short names the United Nations used in that period. Where the day of a
/// change is not known here, the period ends with the month of the change (noted below); no vote
/// of the seed data falls within such a month.
/// </remarks>
public static class HistoricalCountryNames
{
    private static readonly NamePeriod[] s_periods =
    [
        // The Russian Federation took over the Soviet Union's seat on 24 December 1991.
        new("RU", null, new(1991, 12, 23), "Union of Soviet Socialist Republics"),
        new("BY", null, new(1991, 9, 18), "Byelorussian Soviet Socialist Republic"),
        new("UA", null, new(1991, 8, 23), "Ukrainian Soviet Socialist Republic"),
        new("BF", null, new(1984, 8, 3), "Upper Volta"),
        // The seat was held as Democratic Kampuchea until the coalition government renamed itself in February 1990.
        new("KH", new(1976, 1, 5), new(1990, 2, 2), "Democratic Kampuchea"),
        new("CD", new(1971, 10, 27), new(1997, 5, 16), "Zaire"),
        new("CD", new(1997, 5, 17), null, "Democratic Republic of the Congo"),
        // The English name "Côte d'Ivoire" was asked for in October 1985.
        new("CI", null, new(1985, 9, 30), "Ivory Coast"),
        new("MM", null, new(1989, 6, 17), "Burma"),
        new("MM", new(1989, 6, 18), null, "Myanmar"),
        new("LY", new(1977, 3, 2), new(2011, 9, 15), "Libyan Arab Jamahiriya"),
        new("WS", null, new(1997, 7, 3), "Western Samoa"),
        new("SZ", null, new(2018, 4, 18), "Swaziland"),
        // "Czechia", the short name, entered the UN's name databases in July 2016.
        new("CZ", new(1993, 1, 1), new(2016, 6, 30), "Czech Republic"),
        new("MK", new(1993, 4, 8), new(2019, 2, 13), "The former Yugoslav Republic of Macedonia"),
        new("CV", null, new(2013, 10, 23), "Cape Verde"),
        new("CV", new(2013, 10, 24), null, "Cabo Verde"),
        new("YU", new(2003, 2, 4), new(2006, 6, 2), "Serbia and Montenegro"),
        new("YU", new(2006, 6, 3), null, "Serbia"),
        new("TR", new(2022, 6, 1), null, "Türkiye"),
    ];

    /// <summary>
    /// The name of the State with <paramref name="countryCode"/> on <paramref name="date"/>, or
    /// <paramref name="nameInData"/> when no period here covers that day.
    /// </summary>
    public static string NameAt(string? countryCode, string nameInData, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(nameInData);
        var period = s_periods.FirstOrDefault(p => p.CountryCode == countryCode && p.Covers(date));
        return period?.Name ?? nameInData;
    }

    private sealed record NamePeriod(string CountryCode, DateOnly? From, DateOnly? Until, string Name)
    {
        public bool Covers(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);
    }
}
