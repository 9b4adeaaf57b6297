using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsApi.Extraction.Documents;
using NewsApi.Extraction.Entities;

namespace NewsApi.Seeder.Extract;

/// <summary>
/// The JSON the extract command prints, one object per document; the bench scorer and the eval command read it.
/// Shape: {"document", "record", "headline", "published", "entities": [{"type", "name", "aliases", "roles", "mentions": [{"start", "end", "text", "field"}]}]},
/// and "body" with --with-body.
/// </summary>
public sealed record ExtractionJson(
    string Document,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Record,
    string Headline,
    DateOnly? Published,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Body,
    IReadOnlyList<EntityJson> Entities)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Names are read by people: keep "—" and "’" as they are rather than \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The generated serialization code with <see cref="Options"/> (which it takes as its resolver).</summary>
    private static readonly ExtractionJsonContext Context = new(Options);

    public static ExtractionJson From(DocumentExtraction extraction, bool withBody = false)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return new(
            extraction.Document.SourceFile,
            extraction.Document.Record,
            extraction.Document.Headline,
            extraction.Document.Published,
            withBody ? extraction.Document.Body : null,
            extraction.Entities.Select(EntityJson.From).ToList());
    }

    public string ToJson() => JsonSerializer.Serialize(this, Context.ExtractionJson);
}

public sealed record EntityJson(string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<MentionJson> Mentions)
{
    public static EntityJson From(ExtractedEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new(
            TypeName(entity.Type),
            entity.Name,
            entity.Aliases,
            entity.Roles,
            entity.Mentions.Select(mention => new MentionJson(mention.Start, mention.End, mention.Text, FieldName(mention.Field))).ToList());
    }

    public static string TypeName(EntityType type) => EntityTypes.Name(type);

    private static string FieldName(TextField field) => field.ToString().ToLowerInvariant();
}

public sealed record MentionJson(int Start, int End, string Text, string Field);

/// <summary>Serialization code generated at build time: no reflection, so a short extract run does not pay for it at start-up.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ExtractionJson))]
internal sealed partial class ExtractionJsonContext : JsonSerializerContext;
