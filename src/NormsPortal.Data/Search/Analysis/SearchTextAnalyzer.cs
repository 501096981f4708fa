using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Search.Analysis;

/// <summary>
/// Turns text into index terms once, in .NET, so that SQLite and PostgreSQL index (and are queried
/// with) exactly the same terms: Lucene's stemmers for English, French, Spanish, Russian and Arabic,
/// and SmartCn word segmentation for Chinese (so that 安全 is one term, not two characters).
/// </summary>
/// <remarks>
/// <para>Stop words are kept, so phrases such as "knowingly support" keep their exact positions;
/// positions count the terms (0, 1, 2 …) with nothing skipped, in the index and in queries alike.</para>
/// <para>Every term is NFKC, lower-case, 1 to <see cref="MaxTermLength"/> characters of letters, digits
/// and marks only: a token that holds other characters (<c>1.6</c>, <c>cyber-security</c> in some
/// languages) is split there into terms at consecutive positions. Offsets point into the original
/// text, for highlighting. (Lucene's tokenizer skips tokens over 255 characters: no such word is indexed.)</para>
/// <para>Thread-safe: one instance serves the whole process. Lucene analyzers are built once per
/// language and reuse their token streams per thread.</para>
/// </remarks>
public sealed class SearchTextAnalyzer
{
    /// <summary>The longest term; longer ones are cut, in the index and in queries alike.</summary>
    public const int MaxTermLength = 64;

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly SearchValues<char> s_lowerCaseAsciiLettersAndDigits = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    private readonly ConcurrentDictionary<string, Lazy<Analyzer>> _analyzers = new(StringComparer.Ordinal);

    /// <summary>The one instance a process needs (the analyzers are costly to build, SmartCn above all).</summary>
    public static SearchTextAnalyzer Shared { get; } = new();

    /// <summary>The portal's languages (<see cref="Languages.Official"/>), each with its own analysis.</summary>
    public static IReadOnlyList<string> SupportedLanguages => Languages.Official;

    /// <summary>
    /// The terms of a text in its language, in order. A language the portal does not support is
    /// analysed without stemming (Unicode word breaks, lower case).
    /// </summary>
    public IReadOnlyList<AnalyzedTerm> Analyze(string text, string language)
    {
        var terms = new List<AnalyzedTerm>();
        Analyze(text, language, term =>
        {
            terms.Add(term);
            return true;
        });
        return terms;
    }

    /// <summary>
    /// Hands the terms of a text to <paramref name="next"/> in order, as <see cref="Analyze(string, string)"/>
    /// finds them, until it returns false: a caller that needs only the start of a long text (a snippet)
    /// stops there instead of stemming the rest.
    /// </summary>
    public void Analyze(string text, string language, Func<AnalyzedTerm, bool> next)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(next);
        if (text.Length == 0)
        {
            return;
        }
        var normal = NormalisedText.Of(text);
        var analyzer = AnalyzerFor(language);
        using var stream = analyzer.GetTokenStream("text", normal.Text);
        var termAttribute = stream.AddAttribute<ICharTermAttribute>();
        var offsetAttribute = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = 0;
        while (stream.IncrementToken())
        {
            var term = new string(termAttribute.Buffer, 0, termAttribute.Length);
            if (!AddTerms(next, ref position, term, normal, offsetAttribute.StartOffset, offsetAttribute.EndOffset))
            {
                break;
            }
        }
        stream.End();
    }

    /// <summary>
    /// The index terms a query word stands for in one language: usually one, several when the word
    /// holds punctuation or SmartCn splits it (then they must match as a phrase), none when it holds
    /// no letter or digit.
    /// </summary>
    public IReadOnlyList<string> AnalyzeWord(string word, string language) =>
        Analyze(word, language).Select(term => term.Term).ToArray();

    /// <summary>Hands the token's terms to <paramref name="next"/>; false when it wants no more.</summary>
    private static bool AddTerms(Func<AnalyzedTerm, bool> next, ref int position, string token, NormalisedText normal, int start, int end)
    {
        if (IsLowerCaseAsciiWord(token))
        {
            // Most tokens: already safe, normal and lower case, one run of letters and digits, so one term on the
            // token's own offsets, as the general path below would find at the cost of four copies of the token.
            return next(new AnalyzedTerm(Cut(token), position++, normal.OriginalStart(start), normal.OriginalEnd(end)));
        }

        // SmartCn may cut a surrogate pair in two; a lone half is no letter and normalisation rejects it.
        var term = NormalisedText.Sanitise(token).Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();
        var runs = TermRuns.Of(term);
        if (runs.Count == 0)
        {
            return true;
        }
        // Where the term is still the token's text (not stemmed), each run has its own exact offsets;
        // otherwise all runs point at the whole token.
        var exact = runs.Count > 1 && end - start == term.Length
            && string.Equals(normal.Text.Substring(start, end - start).ToLowerInvariant(), term, StringComparison.Ordinal);
        foreach (var (runStart, runLength) in runs)
        {
            var text = Cut(term.Substring(runStart, runLength));
            var (from, to) = exact ? (start + runStart, start + runStart + runLength) : (start, end);
            if (!next(new AnalyzedTerm(text, position++, normal.OriginalStart(from), normal.OriginalEnd(to))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerCaseAsciiWord(string token) =>
        token.Length > 0 && !token.AsSpan().ContainsAnyExcept(s_lowerCaseAsciiLettersAndDigits);

    private static string Cut(string term) =>
        term.Length <= MaxTermLength ? term
        : char.IsHighSurrogate(term[MaxTermLength - 1]) ? term[..(MaxTermLength - 1)] : term[..MaxTermLength];

    private Analyzer AnalyzerFor(string language)
    {
        var key = language.Trim().ToLowerInvariant();
        if (!SupportedLanguages.Contains(key, StringComparer.Ordinal))
        {
            key = "";
        }
        return _analyzers.GetOrAdd(key, static k => new Lazy<Analyzer>(() => Create(k))).Value;
    }

    private static Analyzer Create(string language)
    {
        // No stop words anywhere: phrases and positions must be exact.
        var noStopWords = new CharArraySet(Version, 0, ignoreCase: false);
        return language switch
        {
            Languages.English => new EnglishAnalyzer(Version, noStopWords),
            Languages.French => new FrenchAnalyzer(Version, noStopWords),
            Languages.Spanish => new SpanishAnalyzer(Version, noStopWords),
            Languages.Russian => new RussianAnalyzer(Version, noStopWords),
            Languages.Arabic => new ArabicAnalyzer(Version, noStopWords),
            // Punctuation comes out as tokens of its own and is dropped with everything not a letter or digit.
            Languages.Chinese => new SmartChineseAnalyzer(Version, useDefaultStopWords: false),
            _ => new StandardAnalyzer(Version, noStopWords),
        };
    }
}
