using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NormsPortal.Data.Seeding;

/// <summary>Reads one JSON seed file, turning every parse error into an <see cref="InvalidDataException"/> that names the file.</summary>
internal static class SeedJson
{
    public static T Read<T>(string path, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, typeInfo)
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} holds null instead of an object.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} cannot be read: {exception.Message}", exception);
        }
    }
}
