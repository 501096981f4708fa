namespace NormsPortal.Benchmarks.Search;

/// <summary>
/// The fixed set of queries the search benchmark runs, the same in every run so that figures from
/// different days compare. The words were picked from the ga-en corpus (sessions 74–78) by how many
/// documents hold them: "rare" words are in 2–5 of its ~1,650 documents, "common" ones in most of
/// them, so both the cheap and the expensive end of ranking are measured. The other languages match
/// the six-language ICT resolutions the portal ships with.
/// </summary>
internal static class SearchQuerySet
{
    public const string Rare = "rare";
    public const string Common = "common";
    public const string Phrase = "phrase";
    public const string Excluded = "excluded";
    public const string Filtered = "filtered";
    public const string Prefix = "prefix";
    public const string Or = "or";
    public const string OtherLanguages = "other languages";
    public const string Lookup = "number or symbol";

    public static IReadOnlyList<BenchmarkRequest> All { get; } = Build();

    private static List<BenchmarkRequest> Build()
    {
        var queries = new List<BenchmarkRequest>();
        void Add(string category, IEnumerable<string> texts) => queries.AddRange(texts.Select(text => new BenchmarkRequest(category, text)));

        Add(Rare,
        [
            "functionality", "pretextual", "pitcairn", "demography", "seawater", "loopholes", "evacuees", "tightening",
            "dismantled", "marketplace", "forcefully", "mondiacult", "politicians", "seamless", "olympism", "helsinki",
            "speculations", "paintings", "plenipotentiary", "desisting", "devastated", "synthesizing", "shorelines",
            "tortoise", "assimilation", "factories", "decennial", "belgrade", "perpetrating", "cohabitation",
            "sportsmanship", "espionage", "abductees", "proclamations", "apprehended", "kingston", "portability",
            "interpersonal", "motorcycle", "resettled", "clemency", "oceanography", "diamonds", "extinctions",
            "precariousness", "negligence", "hopelessness", "bujumbura", "ransomware", "cyberspace",
        ]);
        Add(Common,
        [
            "security", "development", "international", "cooperation", "measures", "regional", "human", "rights",
            "economic", "information", "council", "sustainable", "conference", "resources", "principles", "programme",
            "declaration", "global", "assistance", "recommendations", "financial", "building", "commitment", "treaty",
            "community", "participation", "capacity", "framework", "women", "convention",
            "security council", "human rights", "international cooperation", "sustainable development goals",
            "capacity building", "regional organizations", "financial resources", "economic social", "treaty convention",
            "women participation",
        ]);
        Add(Phrase,
        [
            "\"international security\"", "\"human rights\"", "\"sustainable development\"", "\"climate change\"",
            "\"critical infrastructure\"", "\"knowingly support\"", "\"rule of law\"", "\"information and communications technologies\"",
            "\"capacity-building\"", "\"civil society\"", "\"confidence-building measures\"", "\"nuclear weapons\"",
            "\"small island developing States\"", "\"least developed countries\"", "\"Security Council\"",
            "\"Secretary-General to submit\"", "\"at its seventy-fifth session\"", "\"gender equality\"",
            "\"responsible State behaviour\"", "\"open-ended working group\"", "\"Group of Governmental Experts\"",
            "\"United Nations Charter\"", "\"armed conflict\"", "\"peaceful uses\"", "\"international humanitarian law\"",
            "\"persons with disabilities\"", "\"indigenous peoples\"", "\"food security\"", "\"public health\"",
            "\"criminal purposes\"",
        ]);
        Add(Excluded,
        [
            "security -council", "development -sustainable", "rights -human", "cooperation -regional", "weapons -nuclear",
            "information -technology", "women -girls", "children -armed", "climate -change", "peace -security",
            "health -public", "trade -development", "water -sanitation", "energy -renewable", "crime -drugs",
            "education -training", "migration -refugees", "ocean -sea", "democracy -elections", "terrorism -financing",
            "\"human rights\" -council", "\"climate change\" -adaptation", "cyberspace -criminal",
            "\"international security\" -nuclear", "disarmament -nuclear",
        ]);
        Add(Filtered,
        [
            "security year:2019", "security year:2020..2022", "cooperation session:75", "development session:77",
            "climate year:2021", "kind:resolution climate", "kind:resolution \"human rights\"", "weapons session:74",
            "women year:2023", "health session:76", "track:developments security", "track:ict-crime criminal",
            "track:programme-of-action action", "track:responsible-behaviour norms", "norm:1.6 infrastructure",
            "norm:1.3 cooperation", "symbol:A/RES/73/27 States", "symbol:A/RES/77/36 security", "lang:en cyberspace",
            "lang:fr sécurité", "lang:es seguridad", "lang:ru безопасность", "lang:zh 安全", "lang:ar الأمن",
            "terrorism year:2019..2020", "refugees session:78", "nuclear kind:resolution year:2022",
            "oceans session:74..76", "education year:2020 kind:resolution", "Africa session:75",
        ]);
        Add(Prefix,
        [
            "cyber*", "terror*", "sustain*", "develop*", "nucle*", "secur*", "environ*", "migra*", "humanit*", "disarm*",
            "informat*", "technolog*", "infrastruct*", "crimin*", "digit*",
        ]);
        Add(Or,
        [
            "cyberspace OR internet", "ransomware OR malware", "refugees OR migrants", "drought OR desertification",
            "tsunami OR earthquake", "nuclear OR chemical", "children OR youth", "ocean OR sea", "vaccine OR pandemic",
            "espionage OR surveillance", "Africa OR Asia", "olympic OR sport", "energy OR electricity", "tourism OR culture",
            "\"critical infrastructure\" OR \"essential services\"",
        ]);
        Add(OtherLanguages,
        [
            "sécurité", "infrastructures critiques", "\"technologies de l'information\"", "coopération internationale",
            "seguridad", "infraestructura crítica", "cooperación internacional", "безопасность", "информационно-коммуникационных",
            "международной безопасности", "安全", "信息 通信", "国际 合作", "الأمن", "تكنولوجيا المعلومات",
        ]);
        Add(Lookup,
        [
            "1.6", "1.13", "A/70/174", "70/237", "70/174", "A/RES/73/27", "73/266", "A/RES/77/36", "A/65/201", "A/RES/80/16",
        ]);
        return queries;
    }
}
