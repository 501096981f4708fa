using System.Text.RegularExpressions;
using Markdig;

namespace NormsPortal.Data.Notes;

/// <summary>
/// How the portal reads a user's Markdown (a bookmark's private note, a curator's annotation): CommonMark with
/// tables, task lists, autolinks and extra emphasis, raw HTML kept as text. The web's renderer makes its HTML with
/// this <see cref="Pipeline"/>; the search index takes the same note's <see cref="PlainText"/>, so it holds the words
/// a reader sees and never the Markdown's marks or any markup.
/// </summary>
public static partial class NoteMarkdown
{
    /// <summary>The one pipeline; immutable, so thread-safe.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    /// <summary>The text of the rendered note, its runs of white space made single spaces; empty for an empty note.</summary>
    public static string PlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : WhiteSpace().Replace(Markdown.ToPlainText(markdown, Pipeline), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
