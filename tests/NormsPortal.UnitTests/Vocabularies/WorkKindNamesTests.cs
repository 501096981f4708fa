using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Vocabularies;

public sealed class WorkKindNamesTests
{
    [Fact]
    public void EveryKind_HasAName_ThatParsesBackToIt()
    {
        Assert.All(Enum.GetValues<WorkKind>(), kind =>
        {
            Assert.True(WorkKindNames.TryParse(kind.ToName(), out var parsed));
            Assert.Equal(kind, parsed);
        });
        Assert.Equal(Enum.GetValues<WorkKind>().Length, WorkKindNames.All.Distinct().Count());
    }

    [Fact]
    public void EveryKind_HasALabel_AndEveryLabelIsItsOwn()
    {
        var labels = Enum.GetValues<WorkKind>().Select(k => k.Label()).ToList();

        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [InlineData("ga-resolution", "General Assembly resolution")]
    [InlineData("GA-Resolution", "General Assembly resolution")]
    [InlineData("hrc-resolution", "Human Rights Council resolution")]
    [InlineData("report", "Report")]
    [InlineData("other", WorkKindNames.FallbackLabel)]
    public void LabelOf_AName(string name, string label)
    {
        Assert.Equal(label, WorkKindNames.LabelOf(name));
    }

    [Theory]
    [InlineData("treaty")]
    [InlineData("")]
    [InlineData(null)]
    public void LabelOf_AnUnknownName_FallsBack(string? name)
    {
        Assert.Equal("Other document", WorkKindNames.LabelOf(name));
        Assert.False(WorkKindNames.TryParse(name, out _));
    }
}
