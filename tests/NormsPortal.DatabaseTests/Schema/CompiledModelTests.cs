using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>
/// Each provider starts with a compiled model instead of building the model (a quarter of the start-up's
/// database phase), so the committed code must be what <c>dotnet ef dbcontext optimize</c> makes of today's
/// model: it is generated here the same way and compared file by file.
/// </summary>
public sealed partial class CompiledModelTests
{
    [Theory, DatabaseData]
    public async Task CompiledModel_IsWhatTheCurrentModelGenerates(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        await using var db = database.CreateContext();
        var compiledModel = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Model;
        Assert.NotNull(compiledModel);

        var modelNamespace = compiledModel.GetType().Namespace!;
        var generated = Generate(db, modelNamespace);
        var folder = SourceFolder(database.Provider.GetType().Assembly, modelNamespace);
        var committed = Directory.EnumerateFiles(folder, "*.cs").ToDictionary(file => Path.GetFileName(file), File.ReadAllText, StringComparer.Ordinal);

        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), committed.Keys.Order(StringComparer.Ordinal));
        var outOfDate = generated.Where(file => WithoutModelId(committed[file.Key]) != WithoutModelId(file.Value)).Select(file => file.Key).ToList();
        if (outOfDate.Count > 0)
        {
            // What the model generates now, to compare with the committed files.
            var fresh = Directory.CreateTempSubdirectory($"normsportal-compiled-model-{kind}-");
            foreach (var name in outOfDate)
            {
                File.WriteAllText(Path.Combine(fresh.FullName, name), generated[name]);
            }

            Assert.Fail($"The {kind} compiled model is out of date ({string.Join(", ", outOfDate)}; today's in {fresh.FullName}): "
                + "regenerate it with `dotnet ef dbcontext optimize` (see README, Adding a migration).");
        }
    }

    /// <summary>The model's id is new in every generation (a random GUID), so it is left out of the comparison.</summary>
    private static string WithoutModelId(string code) => ModelId().Replace(code, "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    /// <summary>
    /// The files <c>dotnet ef dbcontext optimize</c> writes: the design-time model (built from the configurations,
    /// not the compiled one) through EF Core's code generator and the provider's design-time services.
    /// </summary>
    private static Dictionary<string, string> Generate(PortalDbContext db, string modelNamespace)
    {
        var services = new ServiceCollection()
            .AddEntityFrameworkDesignTimeServices()
            .AddDbContextDesignTimeServices(db);
        var providerAssembly = Assembly.Load(new AssemblyName(db.GetService<IDatabaseProvider>().Name));
        var providerServices = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()
            ?? throw new InvalidOperationException($"{providerAssembly.GetName().Name} has no design-time services.");
        var designTimeServices = (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(providerServices.TypeName, throwOnError: true)!)!;
        designTimeServices.ConfigureDesignTimeServices(services);

        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(PortalDbContext),
            ModelNamespace = modelNamespace,
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        using var provider = services.BuildServiceProvider();
        var generator = provider.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options);
        return generator.GenerateModel(db.GetService<IDesignTimeModel>().Model, options)
            .ToDictionary(file => file.Path, file => file.Code, StringComparer.Ordinal);
    }

    /// <summary>The provider project's folder of the compiled model (its namespace under the project's), found above the test's output.</summary>
    private static string SourceFolder(Assembly providerAssembly, string modelNamespace)
    {
        var project = providerAssembly.GetName().Name!;
        var relative = Path.Combine(["src", project, .. modelNamespace[(project.Length + 1)..].Split('.')]);
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No {relative} above {AppContext.BaseDirectory}.");
    }
}
