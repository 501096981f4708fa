using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NormsPortal.Web.Api;

/// <summary>
/// What makes the OpenAPI document usable by a code generator, beyond what the framework infers. The
/// endpoints read numbers as text, so that a malformed one gets a ProblemDetails that names it; the document
/// still types them as the integers they must be, with their range. Query parameters are named as the API
/// reads them everywhere (<c>kind</c>, <c>lang</c>, <c>page</c> …), so their vocabularies are named once here by
/// parameter; model properties name theirs with <see cref="ApiVocabularyAttribute"/>.
/// </summary>
public static class OpenApiConventions
{
    private static readonly Dictionary<string, ApiVocabulary> s_vocabularyParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = ApiVocabulary.WorkKind,
        ["lang"] = ApiVocabulary.Language,
        ["language"] = ApiVocabulary.Language,
        ["with"] = ApiVocabulary.Language,
    };

    // Not session: the document list names a session with its organ (ga-75), SessionChoice.
    private static readonly Dictionary<string, (int Minimum, int? Maximum, int? Default)> s_integerParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        [Paging.PageKey] = (1, Paging.MaxPage, 1),
        [Paging.PageSizeKey] = (1, Paging.MaxPageSize, Paging.DefaultPageSize),
        ["yearFrom"] = (1, 9999, null),
        ["yearTo"] = (1, 9999, null),
    };

    public static OpenApiOptions AddPortalConventions(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                Describe(parameter);
            }

            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var vocabulary = context.JsonPropertyInfo?.AttributeProvider?
                .GetCustomAttributes(typeof(ApiVocabularyAttribute), inherit: false).OfType<ApiVocabularyAttribute>().FirstOrDefault();
            if (vocabulary is not null)
            {
                schema.Enum = Values(vocabulary.Vocabulary);
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static void Describe(OpenApiParameter parameter)
    {
        if (parameter.Name is null || parameter.In != ParameterLocation.Query)
        {
            return;
        }

        // A model bound [AsParameters] is documented by its property names ("PageSize"); query names are read
        // regardless of case, and the API's own addresses and links write them as JSON names are written.
        parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name);

        if (s_integerParameters.TryGetValue(parameter.Name, out var range))
        {
            parameter.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = range.Minimum.ToString(CultureInfo.InvariantCulture),
                Maximum = range.Maximum?.ToString(CultureInfo.InvariantCulture),
                Default = range.Default is { } value ? JsonValue.Create(value) : null,
            };
        }
        else if (s_vocabularyParameters.TryGetValue(parameter.Name, out var vocabulary))
        {
            parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Values(vocabulary) };
        }
    }

    private static List<JsonNode> Values(ApiVocabulary vocabulary) =>
        [.. ApiVocabularyValues.Of(vocabulary).Select(value => (JsonNode)JsonValue.Create(value))];
}
