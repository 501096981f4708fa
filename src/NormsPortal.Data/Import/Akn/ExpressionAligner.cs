using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Aligns the provisions of a work in another language with its English text, so that an anchor
/// names the same paragraph in every language. Provisions are paired by anchor first; what is
/// left is paired in order where both languages have the same number of provisions of a kind at
/// that place, and the other language's provision takes the English anchor (a repair). Footnotes
/// left over are paired by where their first marker stands. Anything still unpaired is reported
/// as a warning and keeps its own anchor.
/// </summary>
/// <remarks>The other document is changed in place: re-anchored provisions, their footnote markers and links.</remarks>
public static class ExpressionAligner
{
    public static ExpressionAlignment Align(ParsedDocument english, ParsedDocument other)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(other);
        var run = new Run(english, other);
        if (english.Symbol != other.Symbol)
        {
            run.Warn(AknMessageCodes.AlignmentMissing, $"{other.SourceName} ({other.Symbol}) is not a language version of {english.Symbol}; nothing is aligned.");
            return run.Result();
        }

        run.AlignProvisions(english.Provisions, other.Provisions);
        run.AlignFootnotes();
        run.ApplyRenames();
        return run.Result();
    }

    private sealed class Run(ParsedDocument english, ParsedDocument other)
    {
        private readonly List<AlignedPair> _pairs = [];
        private readonly List<string> _missing = [];
        private readonly List<string> _extra = [];
        private readonly List<ImportMessage> _messages = [];
        private readonly Dictionary<string, string> _renames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _otherAnchors = [.. other.AllProvisions().Select(p => p.Anchor)];

        public ExpressionAlignment Result() => new(_pairs, _missing, _extra, _messages);

        public void Warn(string code, string text)
        {
            var message = new ImportMessage(ImportSeverity.Warning, code, text, other.SourceName);
            _messages.Add(message);
            other.Messages.Add(message);
        }

        /// <summary>Pairs two sibling lists and, below each pair, their children; replaces re-anchored provisions in <paramref name="otherList"/>.</summary>
        public void AlignProvisions(List<ParsedProvision> englishList, List<ParsedProvision> otherList)
        {
            var byAnchor = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < otherList.Count; i++)
            {
                byAnchor.TryAdd(otherList[i].Anchor, i);
            }

            var counterpart = new int[englishList.Count];
            var taken = new bool[otherList.Count];
            for (var i = 0; i < englishList.Count; i++)
            {
                counterpart[i] = byAnchor.TryGetValue(englishList[i].Anchor, out var j) ? j : -1;
                if (counterpart[i] >= 0)
                {
                    taken[counterpart[i]] = true;
                }
            }

            PairLeftoversInOrder(englishList, otherList, counterpart, taken);
            for (var i = 0; i < englishList.Count; i++)
            {
                if (counterpart[i] < 0)
                {
                    Missing(englishList[i]);
                    continue;
                }

                var englishProvision = englishList[i];
                var otherProvision = otherList[counterpart[i]];
                _pairs.Add(new AlignedPair(englishProvision.Anchor, otherProvision.Anchor));
                AlignProvisions(englishProvision.Children, otherProvision.Children);
                if (otherProvision.Anchor != englishProvision.Anchor)
                {
                    otherList[counterpart[i]] = Reanchor(otherProvision, englishProvision.Anchor);
                }
            }

            for (var j = 0; j < otherList.Count; j++)
            {
                if (!taken[j])
                {
                    Extra(otherList[j]);
                }
            }
        }

        /// <summary>Footnotes not paired by anchor are paired by the provision and place of their first marker.</summary>
        public void AlignFootnotes()
        {
            var otherByAnchor = other.Footnotes.Select((f, i) => (f.Anchor, i)).ToDictionary(x => x.Anchor, x => x.i, StringComparer.Ordinal);
            var englishPlaces = FirstMarkers(english);
            var otherPlaces = FirstMarkers(other);
            var taken = new bool[other.Footnotes.Count];
            var unpaired = new List<ParsedProvision>();
            foreach (var footnote in english.Footnotes)
            {
                if (otherByAnchor.TryGetValue(footnote.Anchor, out var j))
                {
                    taken[j] = true;
                    _pairs.Add(new AlignedPair(footnote.Anchor, footnote.Anchor));
                }
                else
                {
                    unpaired.Add(footnote);
                }
            }

            foreach (var footnote in unpaired)
            {
                var j = -1;
                if (englishPlaces.TryGetValue(footnote.Anchor, out var place))
                {
                    for (var k = 0; k < other.Footnotes.Count && j < 0; k++)
                    {
                        j = !taken[k] && otherPlaces.TryGetValue(other.Footnotes[k].Anchor, out var otherPlace) && otherPlace == place ? k : -1;
                    }
                }

                if (j < 0 || _otherAnchors.Contains(footnote.Anchor))
                {
                    Missing(footnote);
                    continue;
                }

                taken[j] = true;
                _pairs.Add(new AlignedPair(footnote.Anchor, other.Footnotes[j].Anchor));
                other.Footnotes[j] = Reanchor(other.Footnotes[j], footnote.Anchor);
            }

            for (var j = 0; j < other.Footnotes.Count; j++)
            {
                if (!taken[j])
                {
                    Extra(other.Footnotes[j]);
                }
            }
        }

        /// <summary>Points footnote markers and links of the other document at the new anchors.</summary>
        public void ApplyRenames()
        {
            if (_renames.Count == 0)
            {
                return;
            }

            foreach (var provision in other.AllProvisions())
            {
                for (var i = 0; i < provision.FootnoteMarks.Count; i++)
                {
                    if (_renames.TryGetValue(provision.FootnoteMarks[i].FootnoteAnchor, out var renamed))
                    {
                        provision.FootnoteMarks[i] = provision.FootnoteMarks[i] with { FootnoteAnchor = renamed };
                    }
                }
            }

            for (var i = 0; i < other.Links.Count; i++)
            {
                if (_renames.TryGetValue(other.Links[i].ProvisionAnchor, out var renamed))
                {
                    other.Links[i] = other.Links[i] with { ProvisionAnchor = renamed };
                }
            }
        }

        /// <summary>Where both languages have the same number of unpaired provisions of a kind, they are the same provisions in the same order.</summary>
        private static void PairLeftoversInOrder(List<ParsedProvision> englishList, List<ParsedProvision> otherList, int[] counterpart, bool[] taken)
        {
            foreach (var kind in Enum.GetValues<ProvisionKind>())
            {
                var englishLeft = Enumerable.Range(0, englishList.Count).Where(i => counterpart[i] < 0 && englishList[i].Kind == kind).ToList();
                var otherLeft = Enumerable.Range(0, otherList.Count).Where(j => !taken[j] && otherList[j].Kind == kind).ToList();
                if (englishLeft.Count == 0 || englishLeft.Count != otherLeft.Count)
                {
                    continue;
                }

                for (var k = 0; k < englishLeft.Count; k++)
                {
                    counterpart[englishLeft[k]] = otherLeft[k];
                    taken[otherLeft[k]] = true;
                }
            }
        }

        private ParsedProvision Reanchor(ParsedProvision provision, string anchor)
        {
            if (_otherAnchors.Contains(anchor))
            {
                // The English anchor names another provision of this language already: keep both apart.
                Warn(AknMessageCodes.AlignmentExtra, $"{provision.Anchor} of the {other.Language} text seems to be English {anchor}, but {anchor} is taken in the {other.Language} text; it keeps its anchor.");
                return provision;
            }

            var message = new ImportMessage(ImportSeverity.Repair, AknMessageCodes.AlignmentReanchored,
                $"{provision.Anchor} of the {other.Language} text is English {anchor}; it is anchored {anchor}.", other.SourceName);
            _messages.Add(message);
            other.Messages.Add(message);
            _renames[provision.Anchor] = anchor;
            _otherAnchors.Add(anchor);
            var copy = new ParsedProvision { Kind = provision.Kind, Number = provision.Number, Anchor = anchor, Text = provision.Text };
            copy.FootnoteMarks.AddRange(provision.FootnoteMarks);
            copy.Children.AddRange(provision.Children);
            return copy;
        }

        private void Missing(ParsedProvision provision)
        {
            _missing.Add(provision.Anchor);
            Warn(AknMessageCodes.AlignmentMissing, $"English {provision.Anchor} ({provision.Kind}) has no counterpart in the {other.Language} text.");
        }

        private void Extra(ParsedProvision provision)
        {
            _extra.Add(provision.Anchor);
            Warn(AknMessageCodes.AlignmentExtra, $"{provision.Anchor} ({provision.Kind}) of the {other.Language} text has no counterpart in the English text.");
        }

        /// <summary>For each footnote: the provision its first marker stands in, and how many markers come before it there.</summary>
        private static Dictionary<string, (string Provision, int Index)> FirstMarkers(ParsedDocument document)
        {
            var places = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
            foreach (var provision in document.AllProvisions())
            {
                var anchor = provision.Anchor;
                var marks = provision.FootnoteMarks.OrderBy(m => m.Offset).ToList();
                for (var i = 0; i < marks.Count; i++)
                {
                    places.TryAdd(marks[i].FootnoteAnchor, (anchor, i));
                }
            }

            return places;
        }
    }
}
