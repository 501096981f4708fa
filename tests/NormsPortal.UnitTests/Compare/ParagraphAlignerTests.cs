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
        var left = Paragraphs("Recalling its resolutions.", "Welcomes the first annual progress report of the Working Group.", "Decides to include the item.");
        var right = Paragraphs("Recalling its resolutions.", "Welcomes the second and final annual progress report of the Working Group.", "Decides to include the item.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Changed, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        var changed = rows[1];
        Assert.Equal(("op2", "op2"), (changed.Left?.Anchor, changed.Right?.Anchor));
        Assert.Equal(left[1].Text, string.Concat(changed.Spans.Where(s => s.Change != WordChange.Inserted).Select(s => s.Text)));
        Assert.Equal(right[1].Text, string.Concat(changed.Spans.Where(s => s.Change != WordChange.Deleted).Select(s => s.Text)));
        Assert.Contains(changed.Spans, s => s is { Change: WordChange.Inserted, Text: "second and final" });
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
    public void DissimilarParagraphs_AtOnePlace_AreReplaced_AndShownWhole()
    {
        var left = Paragraphs("Keep this.", "Notes with concern the malicious use of information technologies.", "Keep that.");
        var right = Paragraphs("Keep this.", "Decides to convene a conference in Geneva next year.", "Keep that.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Replaced, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        var replaced = rows[1];
        Assert.Equal(("op2", "op2"), (replaced.Left?.Anchor, replaced.Right?.Anchor));
        Assert.Equal([new TextSpan(WordChange.Deleted, left[1].Text), new TextSpan(WordChange.Inserted, right[1].Text)], replaced.Spans);
    }

    [Fact]
    public void Replacement_PairsByPosition_AndLeavesTheRestDeletedOrInserted()
    {
        var left = Paragraphs("Keep this.", "Notes with concern the malicious use of information technologies.", "Keep that.");
        var right = Paragraphs("Keep this.", "Decides to convene a conference in Geneva next year.", "Requests a report on the conference.", "Keep that.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Replaced, ParagraphChange.Inserted, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        Assert.Equal(("op2", "op3"), (rows[1].Right?.Anchor, rows[2].Right?.Anchor));
    }

    [Fact]
    public void MovedParagraph_IsOneRow_WhereItNowStands_WithItsWordsMarked()
    {
        var left = Paragraphs(
            "Supports the work of the Working Group.",
            "Welcomes the first annual progress report of the Working Group.",
            "Calls upon States to engage constructively in the negotiations.",
            "Decides to include the item.");
        var right = Paragraphs(
            "Supports the work of the Working Group.",
            "Calls upon States to engage constructively in the negotiations.",
            "Welcomes the second annual progress report of the Working Group.",
            "Decides to include the item.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Unchanged, ParagraphChange.Moved, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        var moved = rows[2];
        Assert.Equal(("op2", "op3"), (moved.Left?.Anchor, moved.Right?.Anchor));
        Assert.Contains(new TextSpan(WordChange.Deleted, "first"), moved.Spans);
        Assert.Contains(new TextSpan(WordChange.Inserted, "second"), moved.Spans);
    }

    [Fact]
    public void ParagraphMovedUnchanged_IsMoved_WithNothingMarked()
    {
        var left = Paragraphs("Alpha paragraph here.", "Moving paragraph about capacity-building.", "Beta paragraph here.", "Gamma paragraph here.");
        var right = Paragraphs("Alpha paragraph here.", "Beta paragraph here.", "Gamma paragraph here.", "Moving paragraph about capacity-building.");

        var rows = ParagraphAligner.Align(left, right);

        var moved = Assert.Single(rows, r => r.Change == ParagraphChange.Moved);
        Assert.Equal(("op2", "op4"), (moved.Left?.Anchor, moved.Right?.Anchor));
        Assert.Equal([new TextSpan(WordChange.Same, "Moving paragraph about capacity-building.")], moved.Spans);
        Assert.Same(moved, rows[^1]);
    }

    [Fact]
    public void DissimilarParagraphs_FarApart_AreDeletedAndInserted_NotMovedOrReplaced()
    {
        var left = Paragraphs("Alpha paragraph here.", "Notes with concern the malicious use of information technologies.", "Beta paragraph here.");
        var right = Paragraphs("Alpha paragraph here.", "Beta paragraph here.", "Decides to convene a conference in Geneva next year.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Deleted, ParagraphChange.Unchanged, ParagraphChange.Inserted], rows.Select(r => r.Change));
    }

    [Fact]
    public void EveryParagraph_IsInExactlyOneRow_OnEachSide()
    {
        var left = Paragraphs("A a a a.", "B b b b.", "C c c c.", "D d d d.", "E e e e.");
        var right = Paragraphs("E e e e.", "C c c c!", "New one here.", "A a a a.", "Other new one.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal(left.Select(p => p.Anchor).Order(), rows.Where(r => r.Left is not null).Select(r => r.Left!.Anchor).Order());
        Assert.Equal(right.Select(p => p.Anchor), rows.Where(r => r.Right is not null).Select(r => r.Right!.Anchor));
    }

    [Fact]
    public void Tie_InAStretch_PairsTheEarlierParagraph()
    {
        var left = Paragraphs("Keep this.", "Requests the Secretary-General to submit a report.", "Keep that.");
        var right = Paragraphs("Keep this.", "Requests the Secretary-General to submit an annual report.", "Requests the Secretary-General to submit an annual report.", "Keep that.");

        var rows = ParagraphAligner.Align(left, right);

        Assert.Equal([ParagraphChange.Unchanged, ParagraphChange.Changed, ParagraphChange.Inserted, ParagraphChange.Unchanged], rows.Select(r => r.Change));
        Assert.Equal("op2", rows[1].Right?.Anchor);
    }

    [Fact]
    public void Tie_BetweenMoves_TakesTheEarlierOfTheSecondText()
    {
        var left = Paragraphs("Requests the Secretary-General to submit a report.", "Alpha paragraph here.", "Beta paragraph here.", "Gamma paragraph here.");
        var right = Paragraphs(
            "Alpha paragraph here.",
            "Beta paragraph here.",
            "Requests the Secretary-General to submit an annual report.",
            "Gamma paragraph here.",
            "Requests the Secretary-General to submit an annual report.");

        var rows = ParagraphAligner.Align(left, right);

        var moved = Assert.Single(rows, r => r.Change == ParagraphChange.Moved);
        Assert.Equal(("op1", "op3"), (moved.Left?.Anchor, moved.Right?.Anchor));
        Assert.Equal(ParagraphChange.Inserted, rows[^1].Change);
    }

    [Fact]
    public void Move_PrefersTheMostSimilarParagraph_OverTheEarlier()
    {
        var left = Paragraphs("Requests the Secretary-General to submit a report.", "Alpha paragraph here.", "Beta paragraph here.");
        var right = Paragraphs(
            "Alpha paragraph here.",
            "Requests the Secretary-General to submit an annual report.",
            "Beta paragraph here.",
            "Requests the Secretary-General to submit a report.");

        var rows = ParagraphAligner.Align(left, right);

        var moved = Assert.Single(rows, r => r.Change == ParagraphChange.Moved);
        Assert.Equal(("op1", "op4"), (moved.Left?.Anchor, moved.Right?.Anchor));
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

    private static List<ComparedParagraph> Paragraphs(params string[] texts) =>
        [.. texts.Select((t, i) => new ComparedParagraph("op" + (i + 1), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Operative", t))];
}
