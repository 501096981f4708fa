using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Web.Api;

/// <summary>
/// The closed lists of words the API reads and writes, each taken from its one definition in the data
/// project, so that the OpenAPI document lists them as string enums a code generator can use.
/// </summary>
public enum ApiVocabulary
{
    /// <summary>A work's kind (<c>ga-resolution</c>), <see cref="WorkKindNames"/>.</summary>
    WorkKind,

    /// <summary>An official language (<c>en</c>), <see cref="Languages"/>.</summary>
    Language,

    /// <summary>Where a vote was taken (<c>Plenary</c>), <see cref="VoteStage"/>.</summary>
    VoteStage,
}

/// <summary>The values of each <see cref="ApiVocabulary"/>.</summary>
public static class ApiVocabularyValues
{
    public static IReadOnlyCollection<string> Of(ApiVocabulary vocabulary) => vocabulary switch
    {
        ApiVocabulary.WorkKind => WorkKindNames.All,
        ApiVocabulary.Language => Languages.Official,
        ApiVocabulary.VoteStage => Enum.GetNames<VoteStage>(),
        _ => throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary, null),
    };
}
