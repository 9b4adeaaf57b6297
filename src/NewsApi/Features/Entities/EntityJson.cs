using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Features.Entities;

/// <summary>
/// Source-generated JSON metadata for the entity profile, first in the API's JSON resolver chain (<see
/// cref="EntitiesEndpoints.AddEntities"/>): the response is written with the API's own settings (camelCase, names with
/// accents as they are), byte for byte what the reflection-based serializer wrote, without its per-property work.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EntityDetail))]
[JsonSerializable(typeof(string[]))]
public sealed partial class EntityJson : JsonSerializerContext;
