using System.Globalization;
using System.Text.Json.Serialization;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Annotations;

/// <summary>
/// The published annotations as a W3C Web Annotation <c>AnnotationCollection</c> (JSON-LD, the Web Annotation
/// Data Model's own context), for annotation tools and archives: every annotation in one embedded page, each
/// body the cleaned HTML the public reads, each target the portal's permalink of what it is about (a paragraph,
/// a norm's page, a document), with a <c>TextQuoteSelector</c> for a passage.
/// </summary>
public static class WebAnnotationExport
{
    public const string MediaType = "application/ld+json";

    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>The collection of <paramref name="annotations"/>; <paramref name="site"/> is the portal's public address, <paramref name="collectionPath"/> the export's own path.</summary>
    public static AnnotationCollectionDto Of(IReadOnlyList<AnnotationDto> annotations, string site, string collectionPath)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var id = site + collectionPath;
        var items = annotations.Select(a => new WebAnnotation(
            site + ApiRoutes.Version1 + AnnotationEndpoints.Prefix + "/" + a.Id.ToString(CultureInfo.InvariantCulture),
            "Annotation",
            "commenting",
            a.CreatedAt,
            a.UpdatedAt,
            new WebAnnotationBody("TextualBody", a.BodyHtml, "text/html"),
            new WebAnnotationTarget(site + a.Url)
            {
                Selector = string.IsNullOrEmpty(a.Target.Quote) ? null : new TextQuoteSelector("TextQuoteSelector", a.Target.Quote, a.Target.Prefix, a.Target.Suffix),
            })).ToList();
        return new AnnotationCollectionDto(Context, id, "AnnotationCollection", "NormsPortal curators' annotations", items.Count,
            new WebAnnotationPage(id + "#page-1", "AnnotationPage", id, 0, items));
    }
}

/// <summary>An <c>AnnotationCollection</c> whose one page (<see cref="First"/>) holds every annotation.</summary>
public sealed record AnnotationCollectionDto(
    [property: JsonPropertyName("@context")] string Context,
    string Id,
    string Type,
    string Label,
    int Total,
    WebAnnotationPage First);

/// <summary>An <c>AnnotationPage</c>: the annotations from <see cref="StartIndex"/>, in <see cref="PartOf"/>.</summary>
public sealed record WebAnnotationPage(string Id, string Type, string PartOf, int StartIndex, IReadOnlyList<WebAnnotation> Items);

/// <summary>One annotation: its id (the API's address of it), what it says and what it is about.</summary>
public sealed record WebAnnotation(string Id, string Type, string Motivation, DateTime Created, DateTime Modified, WebAnnotationBody Body, WebAnnotationTarget Target);

/// <summary>The body as cleaned HTML (a <c>TextualBody</c>).</summary>
public sealed record WebAnnotationBody(string Type, string Value, string Format);

/// <summary>A <c>SpecificResource</c>: the portal's permalink of the target and, for a passage, the words in it.</summary>
public sealed record WebAnnotationTarget(string Source)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextQuoteSelector? Selector { get; init; }
}

/// <summary>A passage by its words (<see cref="Exact"/>) and the words around it, as the Web Annotation model selects text.</summary>
public sealed record TextQuoteSelector(
    string Type,
    string Exact,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Prefix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Suffix);
