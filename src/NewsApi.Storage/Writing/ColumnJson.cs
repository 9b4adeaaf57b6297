using System.Text.Json;
using System.Text.Json.Serialization;
using NewsApi.Extraction.Documents;

namespace NewsApi.Storage.Writing;

/// <summary>An article's date reference as its date_references column holds it: the date as yyyy-MM-dd.</summary>
internal sealed record StoredDateReference(string Text, int Start, int End, string Date);

/// <summary>
/// The JSON of the columns whose objects have names (article_chains.names, articles.date_references,
/// source_files.record_failures): camelCase, as <see cref="JsonSerializerDefaults.Web"/> writes and reads them.
/// Generated at build time, so the seeder compiled with Native AOT needs no reflection for it; the output is the
/// reflection-based serializer's, byte for byte (same defaults, same encoder).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<ChainName>))]
[JsonSerializable(typeof(IReadOnlyList<ChainName>))]
[JsonSerializable(typeof(IEnumerable<StoredDateReference>))]
[JsonSerializable(typeof(IReadOnlyList<RecordFailure>))]
[JsonSerializable(typeof(List<RecordFailure>))]
internal sealed partial class ColumnJson : JsonSerializerContext;

/// <summary>
/// The JSON arrays of strings (articles.subheadings, article_chains.roles, an article's entity ids in the search
/// index's rows), with the serializer's default options as before.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class StringListJson : JsonSerializerContext;
