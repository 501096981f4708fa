using NormsPortal.Web.Features.Compare;

namespace NormsPortal.UnitTests.Compare;

public sealed class ParagraphAlignerTests
{
    [Fact]
    public void SameTexts_AreAllUnchanged()
    {
        var text = Paragraphs("Recalling its resolutions.", "Calls upon Member States.");

        var rows = ParagraphAligner.Align(text, text);

        Assert.All(rows, r => Assert.Equal(ParagraphChange.Unchanged, r.Change));
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void ChangedParagraph_IsPaired_AndMarkedWordByWord()
    {
        var left = Paragraphs("Recalling its resolutions.", "Welcomes the report of the Group of Governmental Experts.", "Decides to include the item.");
        var right = Paragraphs("Recalling its resolutions.", "Welcomes the final report of the open-ended working group.", "Decides to include the item.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Changed, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        var changed = rows[1];
        Assert.Equal(("op2", "op2"), (changed.Left?.Anchor, changed.Right?.Anchor));
        Assert.Equal(left[1].Text, string.Concat(changed.Spans.Where(s => s.Change != WordChange.Inserted).Select(s => s.Text)));
        Assert.Equal(right[1].Text, string.Concat(changed.Spans.Where(s => s.Change != WordChange.Deleted).Select(s => s.Text)));
        Assert.Contains(changed.Spans, s => s is { Change: WordChange.Inserted, Text: "final " });
    }

    [Fact]
    public void NewParagraph_IsInserted_WithoutDisturbingItsNeighbours()
    {
        var left = Paragraphs("First paragraph stays.", "Last paragraph stays.");
        var right = Paragraphs("First paragraph stays.", "An entirely new request to the Secretary-General.", "Last paragraph stays.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Inserted, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        Assert.Null(rows[1].Left);
        Assert.Equal(WordChange.Inserted, Assert.Single(rows[1].Spans).Change);
    }

    [Fact]
    public void DroppedParagraph_IsDeleted()
    {
        var left = Paragraphs("Keep this.", "Requests a report on the matter at its next session.", "Keep that.");
        var right = Paragraphs("Keep this.", "Keep that.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Deleted, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        Assert.Null(rows[1].Right);
    }

    [Fact]
    public void DissimilarParagraphs_AreNotPaired()
    {
        var left = Paragraphs("Notes with concern the malicious use of information technologies.");
        var right = Paragraphs("Decides to convene a conference in Geneva next year.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Deleted, ParagraphChange.Inserted], rows.Select(r => r.Change));
    }

    [Fact]
    public void Pairing_KeepsOrder_AndPrefersTheMostSimilar()
    {
        var left = Paragraphs("Welcomes the report of the Group.", "Requests the Secretary-General to submit a report.");
        var right = Paragraphs(
            "Something unrelated about a conference venue.",
            "Welcomes the final report of the Group.",
            "Requests the Secretary-General to submit an annual report.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Inserted, ParagraphChange.Changed, ParagraphChange.Changed], rows.Select(r => r.Change));
        Assert.Equal(("op1", "op2"), (rows[1].Left?.Anchor, rows[1].Right?.Anchor));
        Assert.Equal(("op2", "op3"), (rows[2].Left?.Anchor, rows[2].Right?.Anchor));
    }

    [Fact]
    public void EmptySides_AreAllInsertedOrDeleted()
    {
        Assert.All(ParagraphAligner.Align([], Paragraphs("A.", "B.")), r => Assert.Equal(ParagraphChange.Inserted, r.Change));
        Assert.All(ParagraphAligner.Align(Paragraphs("A.", "B."), []), r => Assert.Equal(ParagraphChange.Deleted, r.Change));
        Assert.Empty(ParagraphAligner.Align([], []));
    }

    [Fact]
    public void DiffWords_MarksPunctuationAlone()
    {
        var spans = ParagraphAligner.DiffWords("Member States should cooperate", "Member States, should cooperate");

        Assert.Equal(
            [new TextSpan(WordChange.Same, "Member States"), new TextSpan(WordChange.Inserted, ","), new TextSpan(WordChange.Same, " should cooperate")],
            spans);
    }

    [Fact]
    public void DiffWords_ReplacedWord_IsADeletionThenAnInsertion()
    {
        var spans = ParagraphAligner.DiffWords("the 2015 report", "the 2021 report");

        Assert.Equal(
            [new TextSpan(WordChange.Same, "the "), new TextSpan(WordChange.Deleted, "2015"), new TextSpan(WordChange.Inserted, "2021"), new TextSpan(WordChange.Same, " report")],
            spans);
    }

    [Theory]
    [InlineData("a b c d", "a b c d", 1.0)]
    [InlineData("a b c d", "e f g h", 0.0)]
    [InlineData("A b", "a B c d", 2.0 * 2 / 6)]
    public void Similarity_IsTheShareOfCommonWords(string first, string second, double expected) =>
        Assert.Equal(expected, ParagraphAligner.Similarity(first, second), 6);

    private static List<ComparedParagraph> Paragraphs(params string[] texts) =>
        [.. texts.Select((t, i) => new ComparedParagraph("op" + (i + 1), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Operative", t))];
}
