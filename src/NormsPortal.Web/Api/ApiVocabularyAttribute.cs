namespace NormsPortal.Web.Api;

/// <summary>Marks a string property of an API model as holding a word of <see cref="Vocabulary"/>: the OpenAPI document lists its values.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApiVocabularyAttribute(ApiVocabulary vocabulary) : Attribute
{
    public ApiVocabulary Vocabulary { get; } = vocabulary;
}
