using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Features.Entities;

/// <summary>
/// Source-generated JSON for the entity profile, with the API's web settings (camelCase): written straight to the
/// response without the reflection-based serializer's per-property work, byte for byte what that serializer writes.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(EntityDetail))]
[JsonSerializable(typeof(string[]))]
public sealed partial class EntityJson : JsonSerializerContext;
