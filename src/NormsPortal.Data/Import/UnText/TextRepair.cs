namespace NormsPortal.Data.Import.UnText;

/// <summary>One repair a rule made to a text: a stable <paramref name="Code"/> (see <see cref="UnTextMessageCodes"/>) and what changed.</summary>
public sealed record TextRepair(string Code, string Detail);

/// <summary>A text after a repair rule ran, with the repairs the rule made (none when it changed nothing).</summary>
public sealed record RepairedText(string Text, IReadOnlyList<TextRepair> Repairs);
