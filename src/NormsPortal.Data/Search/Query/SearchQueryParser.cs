using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Search.Analysis;

namespace NormsPortal.Data.Search.Query;

/// <summary>
/// Parses the portal's query language: words (all must match; <c>AND</c> in upper case may be written
/// between them and changes nothing), <c>"exact phrases"</c>, <c>-excluded</c> words or phrases,
/// <c>OR</c> (upper case) between words or phrases, <c>prefix*</c>,
/// filters <c>kind:</c> <c>track:</c> <c>year:</c> (<c>2015</c>, <c>2015..2018</c>, <c>2020..</c> or <c>..2015</c>) <c>session:</c>
/// <c>lang:</c> <c>norm:</c> <c>symbol:</c>, and norm numbers or document symbols to look up.
/// </summary>
/// <remarks>
/// Never throws: the input is cleaned and capped (<see cref="SearchQueryLimits"/>), anything that is
/// not a word, phrase, operator or filter is dropped, and whatever was ignored is said in the
/// warnings. Nothing in the input is ever passed on as database syntax: the result is a tree of words.
/// Deterministic; <see cref="SearchQuery.ToString"/> renders a query that parses back to an equal one.
/// </remarks>
public static partial class SearchQueryParser
{
    private const string OpenRangeMark = "..";

    /// <summary>The filter names, in canonical order.</summary>
    public static IReadOnlyList<string> FilterNames { get; } = ["kind", "track", "year", "session", "lang", "norm", "symbol"];

    public static SearchQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return SearchQuery.Empty;
        }
        var state = new ParseState();
        var text = QueryText.Clean(input, out var shortened);
        if (shortened)
        {
            state.Warn($"The query was shortened to its first {SearchQueryLimits.MaxInputLength.ToString("N0", CultureInfo.InvariantCulture)} characters.");
        }
        foreach (var lexeme in Lex(text, state))
        {
            Classify(lexeme, state);
        }
        return state.Build();
    }

    /// <summary>
    /// What an unquoted token stands for on its own; the formatter uses it to tell when a word must
    /// be quoted to keep its meaning.
    /// </summary>
    internal static bool ReadsAsPlainWord(string word) =>
        ClassifyToken(word) is WordToken token && token.Word == word && !token.IsPrefix && !token.Shortened;

    private static IEnumerable<Lexeme> Lex(string text, ParseState state)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (text[i] == '"')
            {
                yield return new Lexeme(ReadQuoted(text, ref i, state), Quoted: true, Negated: false, FilterName: null);
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }
            var token = text[start..i];
            var negated = token.StartsWith('-');
            var body = token.TrimStart('-');
            if (i < text.Length && text[i] == '"')
            {
                // -"excluded phrase" and symbol:"A/RES/43/78 H": a quote right after the token belongs to it.
                if (negated && body.Length == 0)
                {
                    yield return new Lexeme(ReadQuoted(text, ref i, state), Quoted: true, Negated: true, FilterName: null);
                    continue;
                }
                if (FilterPrefix().Match(body) is { Success: true } filter && IsFilterName(filter.Groups[1].Value))
                {
                    var value = ReadQuoted(text, ref i, state);
                    yield return new Lexeme(value, Quoted: true, negated, filter.Groups[1].Value.ToLowerInvariant());
                    continue;
                }
            }
            yield return new Lexeme(body, Quoted: false, negated, FilterName: null);
        }
    }

    private static string ReadQuoted(string text, ref int i, ParseState state)
    {
        var close = text.IndexOf('"', i + 1);
        if (close < 0)
        {
            state.Warn("An unbalanced quote was closed at the end of the query.");
            var rest = text[(i + 1)..];
            i = text.Length;
            return rest;
        }
        var content = text[(i + 1)..close];
        i = close + 1;
        return content;
    }

    private static void Classify(Lexeme lexeme, ParseState state)
    {
        if (lexeme.FilterName is { } name)
        {
            AddFilter(name, lexeme.Text, lexeme.Negated, state);
        }
        else if (lexeme.Quoted)
        {
            ClassifyQuoted(lexeme.Text, lexeme.Negated, state);
        }
        else
        {
            switch (ClassifyToken(lexeme.Text))
            {
                case OrToken when !lexeme.Negated:
                    state.AddOr();
                    break;
                case OrToken:
                    state.AddText(new TermNode("or", IsPrefix: false), negated: true);
                    break;
                case AndToken when !lexeme.Negated:
                    state.AddAnd();
                    break;
                case AndToken:
                    state.AddText(new TermNode("and", IsPrefix: false), negated: true);
                    break;
                case FilterToken filter:
                    AddFilter(filter.Name, filter.Value, lexeme.Negated, state);
                    break;
                case LookupToken lookup:
                    AddLookup(lookup.Value, lexeme.Negated, state);
                    break;
                case WordToken word:
                    AddWord(word, lexeme.Negated, state);
                    break;
                default:
                    state.Ignore(lexeme.Negated ? "-" + lexeme.Text : lexeme.Text);
                    break;
            }
        }
    }

    /// <summary>What a token without its leading minus signs is: operator, filter, lookup or word.</summary>
    private static Token? ClassifyToken(string body)
    {
        var (start, end) = QueryText.TrimmedRange(body);
        if (start == end)
        {
            return null;
        }
        var core = body[start..end];
        if (core == "OR")
        {
            return new OrToken();
        }
        if (core == "AND")
        {
            return new AndToken();
        }
        if (FilterPrefix().Match(core) is { Success: true } filter && IsFilterName(filter.Groups[1].Value))
        {
            var value = core[filter.Length..];
            // The punctuation trimmed off the end may be an open range's mark (year:2020..).
            var name = filter.Groups[1].Value.ToLowerInvariant();
            if (name == "year" && value.Length > 0 && body.AsSpan(end).StartsWith(OpenRangeMark, StringComparison.Ordinal))
            {
                value += OpenRangeMark;
            }
            // "kind:" alone is the word "kind", as any unknown name is.
            if (value.Length > 0)
            {
                return new FilterToken(name, value);
            }
        }
        if (LookupPatterns.Recognise(core) is { } lookup)
        {
            return new LookupToken(lookup);
        }
        // secur* and secur*, are prefixes; a star inside a token (x*y) is punctuation.
        var isPrefix = end < body.Length && body[end] == '*';
        var word = QueryText.CanonicalWord(core, out var shortened);
        return new WordToken(word, isPrefix, shortened);
    }

    private static void ClassifyQuoted(string content, bool negated, ParseState state)
    {
        var pieces = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(QueryText.Trim)
            .Where(piece => piece.Length > 0)
            .ToList();
        if (pieces.Count == 0)
        {
            if (content.Trim().Length > 0)
            {
                state.Ignore('"' + content.Trim() + '"');
            }
            return;
        }
        // The pieces lose punctuation of their own ("a / res / 73 / 27" has "/" pieces): the whole may still be a symbol.
        if ((LookupPatterns.Recognise(string.Join(' ', pieces)) ?? LookupPatterns.Symbol(content)) is { } lookup)
        {
            AddLookup(lookup, negated, state);
            return;
        }
        var words = new List<string>(pieces.Count);
        foreach (var piece in pieces)
        {
            var word = QueryText.CanonicalWord(piece, out var shortened);
            if (shortened)
            {
                state.Warn($"Long words were shortened to {SearchQueryLimits.MaxWordLength} characters.");
            }
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        if (words.Count > SearchQueryLimits.MaxPhraseWords)
        {
            state.Warn($"A phrase was shortened to its first {SearchQueryLimits.MaxPhraseWords} words.");
            words.RemoveRange(SearchQueryLimits.MaxPhraseWords, words.Count - SearchQueryLimits.MaxPhraseWords);
        }
        SearchNode node = words.Count == 1 ? new TermNode(words[0], IsPrefix: false) : new PhraseNode(words);
        state.AddText(node, negated);
    }

    private static void AddWord(WordToken token, bool negated, ParseState state)
    {
        if (token.Shortened)
        {
            state.Warn($"Long words were shortened to {SearchQueryLimits.MaxWordLength} characters.");
        }
        var isPrefix = token.IsPrefix;
        if (isPrefix && token.Word.Length < SearchQueryLimits.MinPrefixLength)
        {
            state.Warn($"A prefix search needs at least {SearchQueryLimits.MinPrefixLength} characters before the *; \u201C{token.Word}*\u201D was searched as a word.");
            isPrefix = false;
        }
        state.AddText(new TermNode(token.Word, isPrefix), negated);
    }

    private static void AddLookup(string lookup, bool negated, ParseState state)
    {
        if (negated)
        {
            state.Warn($"Norm numbers and symbols cannot be excluded: \u201C-{lookup}\u201D was ignored.");
            return;
        }
        state.AddLookup(lookup);
    }

    private static void AddFilter(string name, string rawValue, bool negated, ParseState state)
    {
        // An operator next to a filter joins nothing: the filter is not part of the text.
        state.EndText();
        var shown = $"{name}:{QueryText.Cut(rawValue.Trim(), 40)}";
        if (negated)
        {
            state.Warn($"Filters cannot be excluded: \u201C-{shown}\u201D was ignored.");
            return;
        }
        // kind:report,ga-resolution is two values of one filter.
        var values = name == "symbol" ? [rawValue.Trim()] : rawValue.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var value in values)
        {
            if (!state.Filters.TryAdd(name, value))
            {
                state.Warn(InvalidFilterWarning(name, QueryText.Cut(value, 40)));
            }
        }
    }

    private static string InvalidFilterWarning(string name, string value) => name switch
    {
        "year" => $"\u201Cyear:{value}\u201D is not a year or a range of years such as year:2015..2018, year:2020.. or year:..2015; it was ignored.",
        "session" => $"\u201Csession:{value}\u201D is not a General Assembly session number; it was ignored.",
        "lang" => $"\u201Clang:{value}\u201D is not one of the portal's languages ({string.Join(", ", SearchTextAnalyzer.SupportedLanguages)}); it was ignored.",
        "norm" => $"\u201Cnorm:{value}\u201D is not a norm number such as norm:1.6; it was ignored.",
        "symbol" => $"\u201Csymbol:{value}\u201D is not a document symbol such as symbol:A/RES/73/27; it was ignored.",
        _ => $"\u201C{name}:{value}\u201D is not a valid {name}; it was ignored.",
    };

    private static bool IsFilterName(string name) => FilterNames.Contains(name.ToLowerInvariant(), StringComparer.Ordinal);

    [GeneratedRegex(@"^([A-Za-z]+):")]
    private static partial Regex FilterPrefix();

    private readonly record struct Lexeme(string Text, bool Quoted, bool Negated, string? FilterName);

    private abstract record Token;

    private sealed record OrToken : Token;

    private sealed record AndToken : Token;

    private sealed record FilterToken(string Name, string Value) : Token;

    private sealed record LookupToken(string Value) : Token;

    private sealed record WordToken(string Word, bool IsPrefix, bool Shortened) : Token;

    /// <summary>Everything gathered while reading the tokens, in the order typed.</summary>
    private sealed class ParseState
    {
        private readonly List<Group> _groups = [];
        private readonly List<string> _lookups = [];
        private readonly List<string> _warnings = [];
        private readonly List<string> _ignored = [];
        private bool _orPending;
        private bool _andPending;
        private bool _lastWasPositiveText;
        private int _clauses;

        public FilterSet Filters { get; } = new();

        public void Warn(string warning)
        {
            if (!_warnings.Contains(warning))
            {
                _warnings.Add(warning);
            }
        }

        public void Ignore(string token) => _ignored.Add(QueryText.Cut(token, 20));

        public void AddOr()
        {
            if (!_lastWasPositiveText || _orPending || _andPending)
            {
                WarnLoneOr();
            }
            // Of two operators in a row, the first stands.
            _orPending = _lastWasPositiveText && !_andPending;
        }

        /// <summary>AND is what a space means already: it is only checked, never stored.</summary>
        public void AddAnd()
        {
            if (!_lastWasPositiveText || _andPending || _orPending)
            {
                WarnLoneAnd();
            }
            _andPending = _lastWasPositiveText && !_orPending;
        }

        public void AddText(SearchNode node, bool negated)
        {
            if (_clauses >= SearchQueryLimits.MaxClauses)
            {
                Warn($"Only the first {SearchQueryLimits.MaxClauses} words and phrases were used.");
                _orPending = false;
                _andPending = false;
                return;
            }
            if (_orPending && !negated)
            {
                var last = _groups[^1];
                if (!last.Alternatives.Contains(node))
                {
                    last.Alternatives.Add(node);
                    _clauses++;
                }
            }
            else
            {
                if (_orPending)
                {
                    WarnLoneOr();
                }
                if (_andPending && negated)
                {
                    WarnLoneAnd();
                }
                _groups.Add(new Group([node], negated));
                _clauses++;
            }
            _orPending = false;
            _andPending = false;
            _lastWasPositiveText = !negated;
        }

        public void AddLookup(string lookup)
        {
            EndText();
            if (_lookups.Contains(lookup, StringComparer.Ordinal))
            {
                return;
            }
            if (_lookups.Count >= SearchQueryLimits.MaxLookups)
            {
                Warn($"Only the first {SearchQueryLimits.MaxLookups} norm numbers and symbols were looked up.");
                return;
            }
            _lookups.Add(lookup);
        }

        public SearchQuery Build()
        {
            EndText();
            if (_ignored.Count > 0)
            {
                Warn("Ignored what is not a word: " + string.Join(" ", _ignored.Distinct(StringComparer.Ordinal).Take(5).Select(item => $"\u201C{item}\u201D")) + ".");
            }
            foreach (var warning in Filters.Warnings)
            {
                Warn(warning);
            }
            // An OR group that lost duplicates down to one alternative is a plain clause.
            var nodes = _groups
                .Select(group => (Node: group.Alternatives.Count == 1 ? group.Alternatives[0] : new OrNode(group.Alternatives.ToArray()), group.Negated))
                .ToList();
            SearchNode? root = null;
            if (nodes.Any(node => !node.Negated))
            {
                var children = nodes.Select(node => node.Negated ? new NotNode(node.Node) : node.Node).ToArray();
                root = children.Length == 1 ? children[0] : new AndNode(children);
            }
            else if (nodes.Count > 0)
            {
                Warn("Excluded words alone find nothing: add a word or phrase to search for.");
            }
            return new SearchQuery(root, Filters.Build(), _lookups.ToArray(), _warnings.ToArray());
        }

        /// <summary>Ends the words that OR and AND may join: at a lookup, a filter and the end of the query.</summary>
        public void EndText()
        {
            if (_orPending)
            {
                WarnLoneOr();
            }
            if (_andPending)
            {
                WarnLoneAnd();
            }
            _orPending = false;
            _andPending = false;
            _lastWasPositiveText = false;
        }

        private void WarnLoneOr() => Warn("OR must stand between two words or phrases; it was ignored.");

        private void WarnLoneAnd() => Warn("AND must stand between two words or phrases; it was ignored.");

        private sealed record Group(List<SearchNode> Alternatives, bool Negated);
    }
}
