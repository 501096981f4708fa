using System.Globalization;
using System.Text;
using static NormsPortal.Data.Vocabulary.RegionalGroup;

namespace NormsPortal.Data.Vocabulary;

/// <summary>
/// The States whose votes, sponsorships and pages the portal shows, listed once: the 193 Member
/// States, the two observer States and the former Member States whose votes are on record. The
/// importers and the seed code each vote with <see cref="Resolve"/>; pages, filters and the API take
/// names, codes, groups and the permanent members from here.
/// </summary>
/// <remarks>
/// A State that continued another's membership carries its code back: the votes of the Union of
/// Soviet Socialist Republics are the Russian Federation's (RUS), of Zaire the Democratic Republic
/// of the Congo's, of the Federal Republic of Germany Germany's, of Serbia and Montenegro Serbia's.
/// A State that ended without a successor in its seat keeps a code of its own (ISO 3166-3):
/// Czechoslovakia (CSK), the German Democratic Republic (DDR), Democratic Yemen (YMD) and the
/// Socialist Federal Republic of Yugoslavia (YUG).
/// </remarks>
public static class KnownStates
{
    /// <summary>Every State, Member States first, each group in English alphabetical order of code.</summary>
    public static IReadOnlyList<State> All { get; } =
    [
        M("AFG", "Afghanistan", AsiaPacific),
        M("ALB", "Albania", EasternEuropean),
        M("DZA", "Algeria", African),
        M("AND", "Andorra", WesternEuropeanAndOthers),
        M("AGO", "Angola", African),
        M("ATG", "Antigua and Barbuda", LatinAmericanAndCaribbean, aliases: ["Antigua & Barbuda", "Antigua"]),
        M("ARG", "Argentina", LatinAmericanAndCaribbean),
        M("ARM", "Armenia", EasternEuropean),
        M("AUS", "Australia", WesternEuropeanAndOthers),
        M("AUT", "Austria", WesternEuropeanAndOthers),
        M("AZE", "Azerbaijan", EasternEuropean),
        M("BHS", "Bahamas", LatinAmericanAndCaribbean, aliases: ["The Bahamas"]),
        M("BHR", "Bahrain", AsiaPacific),
        M("BGD", "Bangladesh", AsiaPacific),
        M("BRB", "Barbados", LatinAmericanAndCaribbean),
        M("BLR", "Belarus", EasternEuropean, former: ["Byelorussian Soviet Socialist Republic"], aliases: ["Byelorussian SSR", "Belorussia"]),
        M("BEL", "Belgium", WesternEuropeanAndOthers),
        M("BLZ", "Belize", LatinAmericanAndCaribbean),
        M("BEN", "Benin", African),
        M("BTN", "Bhutan", AsiaPacific),
        M("BOL", "Bolivia (Plurinational State of)", LatinAmericanAndCaribbean, aliases: ["Bolivia"]),
        M("BIH", "Bosnia and Herzegovina", EasternEuropean, aliases: ["Bosnia & Herzegovina", "Bosnia"]),
        M("BWA", "Botswana", African),
        M("BRA", "Brazil", LatinAmericanAndCaribbean),
        M("BRN", "Brunei Darussalam", AsiaPacific, aliases: ["Brunei"]),
        M("BGR", "Bulgaria", EasternEuropean),
        M("BFA", "Burkina Faso", African, former: ["Upper Volta"]),
        M("BDI", "Burundi", African),
        M("CPV", "Cabo Verde", African, former: ["Cape Verde"]),
        M("KHM", "Cambodia", AsiaPacific, former: ["Democratic Kampuchea"], aliases: ["Kampuchea"]),
        M("CMR", "Cameroon", African),
        M("CAN", "Canada", WesternEuropeanAndOthers),
        M("CAF", "Central African Republic", African, aliases: ["CAR"]),
        M("TCD", "Chad", African),
        M("CHL", "Chile", LatinAmericanAndCaribbean),
        M("CHN", "China", AsiaPacific, permanent: true, aliases: ["People's Republic of China", "PRC"]),
        M("COL", "Colombia", LatinAmericanAndCaribbean),
        M("COM", "Comoros", African),
        M("COG", "Congo", African, aliases: ["Congo - Brazzaville", "Republic of the Congo", "Congo-Brazzaville"]),
        M("CRI", "Costa Rica", LatinAmericanAndCaribbean),
        M("CIV", "Côte d'Ivoire", African, former: ["Ivory Coast"]),
        M("HRV", "Croatia", EasternEuropean),
        M("CUB", "Cuba", LatinAmericanAndCaribbean),
        M("CYP", "Cyprus", AsiaPacific),
        M("CZE", "Czechia", EasternEuropean, former: ["Czech Republic"]),
        M("PRK", "Democratic People's Republic of Korea", AsiaPacific, aliases: ["North Korea", "DPRK"]),
        M("COD", "Democratic Republic of the Congo", African, former: ["Zaire"], aliases: ["Congo - Kinshasa", "DR Congo", "DRC", "Congo-Kinshasa"]),
        M("DNK", "Denmark", WesternEuropeanAndOthers),
        M("DJI", "Djibouti", African),
        M("DMA", "Dominica", LatinAmericanAndCaribbean),
        M("DOM", "Dominican Republic", LatinAmericanAndCaribbean),
        M("ECU", "Ecuador", LatinAmericanAndCaribbean),
        M("EGY", "Egypt", African),
        M("SLV", "El Salvador", LatinAmericanAndCaribbean),
        M("GNQ", "Equatorial Guinea", African),
        M("ERI", "Eritrea", African),
        M("EST", "Estonia", EasternEuropean),
        M("SWZ", "Eswatini", African, former: ["Swaziland"]),
        M("ETH", "Ethiopia", African),
        M("FJI", "Fiji", AsiaPacific),
        M("FIN", "Finland", WesternEuropeanAndOthers),
        M("FRA", "France", WesternEuropeanAndOthers, permanent: true),
        M("GAB", "Gabon", African),
        M("GMB", "Gambia", African, aliases: ["The Gambia"]),
        M("GEO", "Georgia", EasternEuropean),
        M("DEU", "Germany", WesternEuropeanAndOthers, former: ["Federal Republic of Germany"], aliases: ["West Germany"]),
        M("GHA", "Ghana", African),
        M("GRC", "Greece", WesternEuropeanAndOthers),
        M("GRD", "Grenada", LatinAmericanAndCaribbean),
        M("GTM", "Guatemala", LatinAmericanAndCaribbean),
        M("GIN", "Guinea", African),
        M("GNB", "Guinea-Bissau", African),
        M("GUY", "Guyana", LatinAmericanAndCaribbean),
        M("HTI", "Haiti", LatinAmericanAndCaribbean),
        M("HND", "Honduras", LatinAmericanAndCaribbean),
        M("HUN", "Hungary", EasternEuropean),
        M("ISL", "Iceland", WesternEuropeanAndOthers),
        M("IND", "India", AsiaPacific),
        M("IDN", "Indonesia", AsiaPacific),
        M("IRN", "Iran (Islamic Republic of)", AsiaPacific, aliases: ["Iran"]),
        M("IRQ", "Iraq", AsiaPacific),
        M("IRL", "Ireland", WesternEuropeanAndOthers),
        M("ISR", "Israel", WesternEuropeanAndOthers),
        M("ITA", "Italy", WesternEuropeanAndOthers),
        M("JAM", "Jamaica", LatinAmericanAndCaribbean),
        M("JPN", "Japan", AsiaPacific),
        M("JOR", "Jordan", AsiaPacific),
        M("KAZ", "Kazakhstan", AsiaPacific),
        M("KEN", "Kenya", African),
        M("KIR", "Kiribati", AsiaPacific),
        M("KWT", "Kuwait", AsiaPacific),
        M("KGZ", "Kyrgyzstan", AsiaPacific, aliases: ["Kyrgyz Republic"]),
        M("LAO", "Lao People's Democratic Republic", AsiaPacific, aliases: ["Laos", "Lao PDR"]),
        M("LVA", "Latvia", EasternEuropean),
        M("LBN", "Lebanon", AsiaPacific),
        M("LSO", "Lesotho", African),
        M("LBR", "Liberia", African),
        M("LBY", "Libya", African, former: ["Libyan Arab Jamahiriya"]),
        M("LIE", "Liechtenstein", WesternEuropeanAndOthers),
        M("LTU", "Lithuania", EasternEuropean),
        M("LUX", "Luxembourg", WesternEuropeanAndOthers),
        M("MDG", "Madagascar", African),
        M("MWI", "Malawi", African),
        M("MYS", "Malaysia", AsiaPacific),
        M("MDV", "Maldives", AsiaPacific),
        M("MLI", "Mali", African),
        M("MLT", "Malta", WesternEuropeanAndOthers),
        M("MHL", "Marshall Islands", AsiaPacific),
        M("MRT", "Mauritania", African),
        M("MUS", "Mauritius", African),
        M("MEX", "Mexico", LatinAmericanAndCaribbean),
        M("FSM", "Micronesia (Federated States of)", AsiaPacific, aliases: ["Micronesia"]),
        M("MCO", "Monaco", WesternEuropeanAndOthers),
        M("MNG", "Mongolia", AsiaPacific),
        M("MNE", "Montenegro", EasternEuropean),
        M("MAR", "Morocco", African),
        M("MOZ", "Mozambique", African),
        M("MMR", "Myanmar", AsiaPacific, former: ["Burma"], aliases: ["Myanmar (Burma)"]),
        M("NAM", "Namibia", African),
        M("NRU", "Nauru", AsiaPacific),
        M("NPL", "Nepal", AsiaPacific),
        M("NLD", "Netherlands (Kingdom of the)", WesternEuropeanAndOthers, former: ["Netherlands"], aliases: ["Holland", "Kingdom of the Netherlands"]),
        M("NZL", "New Zealand", WesternEuropeanAndOthers),
        M("NIC", "Nicaragua", LatinAmericanAndCaribbean),
        M("NER", "Niger", African),
        M("NGA", "Nigeria", African),
        M("MKD", "North Macedonia", EasternEuropean, former: ["The former Yugoslav Republic of Macedonia"], aliases: ["Macedonia"]),
        M("NOR", "Norway", WesternEuropeanAndOthers),
        M("OMN", "Oman", AsiaPacific),
        M("PAK", "Pakistan", AsiaPacific),
        M("PLW", "Palau", AsiaPacific),
        M("PAN", "Panama", LatinAmericanAndCaribbean),
        M("PNG", "Papua New Guinea", AsiaPacific),
        M("PRY", "Paraguay", LatinAmericanAndCaribbean),
        M("PER", "Peru", LatinAmericanAndCaribbean),
        M("PHL", "Philippines", AsiaPacific),
        M("POL", "Poland", EasternEuropean),
        M("PRT", "Portugal", WesternEuropeanAndOthers),
        M("QAT", "Qatar", AsiaPacific),
        M("KOR", "Republic of Korea", AsiaPacific, aliases: ["South Korea"]),
        M("MDA", "Republic of Moldova", EasternEuropean, aliases: ["Moldova"]),
        M("ROU", "Romania", EasternEuropean),
        M("RUS", "Russian Federation", EasternEuropean, permanent: true, former: ["Union of Soviet Socialist Republics"], aliases: ["Russia", "USSR", "Soviet Union"]),
        M("RWA", "Rwanda", African),
        M("KNA", "Saint Kitts and Nevis", LatinAmericanAndCaribbean, aliases: ["St. Kitts & Nevis", "St Kitts and Nevis"]),
        M("LCA", "Saint Lucia", LatinAmericanAndCaribbean, aliases: ["St. Lucia"]),
        M("VCT", "Saint Vincent and the Grenadines", LatinAmericanAndCaribbean, aliases: ["St. Vincent & Grenadines", "St Vincent and the Grenadines"]),
        M("WSM", "Samoa", AsiaPacific, former: ["Western Samoa"]),
        M("SMR", "San Marino", WesternEuropeanAndOthers),
        M("STP", "Sao Tome and Principe", African, aliases: ["São Tomé & Príncipe", "São Tomé and Príncipe"]),
        M("SAU", "Saudi Arabia", AsiaPacific),
        M("SEN", "Senegal", African),
        M("SRB", "Serbia", EasternEuropean, former: ["Serbia and Montenegro"]),
        M("SYC", "Seychelles", African),
        M("SLE", "Sierra Leone", African),
        M("SGP", "Singapore", AsiaPacific),
        M("SVK", "Slovakia", EasternEuropean, aliases: ["Slovak Republic"]),
        M("SVN", "Slovenia", EasternEuropean),
        M("SLB", "Solomon Islands", AsiaPacific),
        M("SOM", "Somalia", African),
        M("ZAF", "South Africa", African),
        M("SSD", "South Sudan", African),
        M("ESP", "Spain", WesternEuropeanAndOthers),
        M("LKA", "Sri Lanka", AsiaPacific),
        M("SDN", "Sudan", African),
        M("SUR", "Suriname", LatinAmericanAndCaribbean),
        M("SWE", "Sweden", WesternEuropeanAndOthers),
        M("CHE", "Switzerland", WesternEuropeanAndOthers),
        M("SYR", "Syrian Arab Republic", AsiaPacific, aliases: ["Syria"]),
        M("TJK", "Tajikistan", AsiaPacific),
        M("THA", "Thailand", AsiaPacific),
        M("TLS", "Timor-Leste", AsiaPacific, aliases: ["East Timor"]),
        M("TGO", "Togo", African),
        M("TON", "Tonga", AsiaPacific),
        M("TTO", "Trinidad and Tobago", LatinAmericanAndCaribbean, aliases: ["Trinidad & Tobago"]),
        M("TUN", "Tunisia", African),
        M("TUR", "Türkiye", WesternEuropeanAndOthers, former: ["Turkey"]),
        M("TKM", "Turkmenistan", AsiaPacific),
        M("TUV", "Tuvalu", AsiaPacific),
        M("UGA", "Uganda", African),
        M("UKR", "Ukraine", EasternEuropean, former: ["Ukrainian Soviet Socialist Republic"], aliases: ["Ukrainian SSR"]),
        M("ARE", "United Arab Emirates", AsiaPacific, aliases: ["UAE"]),
        M("GBR", "United Kingdom of Great Britain and Northern Ireland", WesternEuropeanAndOthers, permanent: true,
            aliases: ["United Kingdom", "UK", "Britain", "Great Britain"]),
        M("TZA", "United Republic of Tanzania", African, aliases: ["Tanzania"]),
        M("USA", "United States of America", WesternEuropeanAndOthers, permanent: true, aliases: ["United States", "USA", "US", "America"]),
        M("URY", "Uruguay", LatinAmericanAndCaribbean),
        M("UZB", "Uzbekistan", AsiaPacific),
        M("VUT", "Vanuatu", AsiaPacific),
        M("VEN", "Venezuela (Bolivarian Republic of)", LatinAmericanAndCaribbean, aliases: ["Venezuela"]),
        M("VNM", "Viet Nam", AsiaPacific, aliases: ["Vietnam"]),
        M("YEM", "Yemen", AsiaPacific, former: ["Yemen Arab Republic"]),
        M("ZMB", "Zambia", African),
        M("ZWE", "Zimbabwe", African),

        new("VAT", "Holy See", StateStatus.Observer, null, false, [], ["Vatican", "Vatican City"]),
        new("PSE", "State of Palestine", StateStatus.Observer, null, false, [], ["Palestine"]),

        new("CSK", "Czechoslovakia", StateStatus.Former, null, false, [], []),
        new("DDR", "German Democratic Republic", StateStatus.Former, null, false, [], ["East Germany", "GDR"]),
        new("YMD", "Democratic Yemen", StateStatus.Former, null, false, [], ["Yemen People's Republic", "South Yemen"]),
        new("YUG", "Yugoslavia", StateStatus.Former, null, false, [], ["Socialist Federal Republic of Yugoslavia"]),
    ];

    private static readonly Dictionary<string, State> s_byCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, RecordedStateName> s_byName = IndexNames();

    /// <summary>The 193 Member States, in <see cref="All"/>'s order.</summary>
    public static IReadOnlyList<State> Members { get; } = [.. All.Where(s => s.Status == StateStatus.Member)];

    /// <summary>The five permanent members of the Security Council.</summary>
    public static IReadOnlyList<State> PermanentMembers { get; } = [.. All.Where(s => s.IsPermanentMember)];

    /// <summary>Whether <paramref name="code"/> has the shape of a code: three Latin letters, in any case.</summary>
    public static bool IsWellFormedCode(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetter);

    /// <summary>The State with alpha-3 <paramref name="code"/>, in any case ("fra"); null for an unknown code.</summary>
    public static State? Find(string? code) =>
        code is not null && s_byCode.TryGetValue(code.Trim(), out var state) ? state : null;

    /// <summary>
    /// The State a recorded name means, in any case and with or without accents ("RUSSIAN FEDERATION",
    /// "Russia", "COTE D'IVOIRE", "St. Kitts &amp; Nevis", "TÜRKİYE"), with the name to show for it; null
    /// for a name that is no State's.
    /// </summary>
    public static RecordedStateName? Resolve(string? recordedName) =>
        recordedName is not null && s_byName.TryGetValue(NameKey(recordedName), out var match) ? match : null;

    /// <summary>The words for a regional group ("Eastern European States").</summary>
    public static string GroupName(RegionalGroup group) => group switch
    {
        African => "African States",
        AsiaPacific => "Asia-Pacific States",
        EasternEuropean => "Eastern European States",
        LatinAmericanAndCaribbean => "Latin American and Caribbean States (GRULAC)",
        WesternEuropeanAndOthers => "Western European and other States (WEOG)",
        _ => group.ToString(),
    };

    /// <summary>
    /// A name reduced to what tells States apart: accents dropped, apostrophes ignored, "&amp;" read as
    /// "and", "St." as "Saint", other punctuation as a space, in upper case.
    /// </summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            key.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : c == '&' ? " AND " : " ");
        }

        var words = key.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w == "ST" ? "SAINT" : w);
        return string.Join(' ', words);
    }

    private static State M(
        string code, string name, RegionalGroup group, bool permanent = false, string[]? former = null, string[]? aliases = null) =>
        new(code, name, StateStatus.Member, group, permanent, former ?? [], aliases ?? []);

    private static Dictionary<string, RecordedStateName> IndexNames()
    {
        var index = new Dictionary<string, RecordedStateName>(StringComparer.Ordinal);
        foreach (var state in All)
        {
            var current = new RecordedStateName(state, state.Name);
            index.Add(NameKey(state.Name), current);
            foreach (var former in state.FormerNames)
            {
                index.Add(NameKey(former), new RecordedStateName(state, former));
            }

            foreach (var alias in state.Aliases)
            {
                index.TryAdd(NameKey(alias), current);
            }
        }

        return index;
    }
}
