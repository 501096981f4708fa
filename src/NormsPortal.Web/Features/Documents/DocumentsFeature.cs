namespace NormsPortal.Web.Features.Documents;

/// <summary>Registers the document list, the document and the list's filter choices, shared by the API and the pages.</summary>
public static class DocumentsFeature
{
    public static IServiceCollection AddDocumentsFeature(this IServiceCollection services)
    {
        services.AddSingleton<DocumentListQuery>();
        services.AddSingleton<DocumentQuery>();
        services.AddSingleton<DocumentFilterOptions>();
        return services;
    }
}
