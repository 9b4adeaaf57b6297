using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>
/// Describes every parameter in one table. Query models bind strings (so bad values reach the validator), so this is
/// also where Swagger learns that limit is an integer and from/to are dates; names are shown as the API spells them.
/// </summary>
public sealed class ParameterDocumentation : IOperationFilter
{
    private sealed record Doc(string Description, JsonNode? Example = null, JsonSchemaType Type = JsonSchemaType.String, string? Format = null);

    private static readonly Dictionary<string, Doc> Docs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = new("A person's id or any of their names or aliases; an ambiguous name is a 400 listing the candidate ids.", "syed-asim-munir"),
        ["organisation"] = new("An organisation's id or any of its names or acronyms.", "ISPR"),
        ["place"] = new("A place's id or any of its names.", "Lachin"),
        ["from"] = new("Earliest published date, inclusive (yyyy-MM-dd). Undated articles are left out when set.", "2025-05-01", Format: "date"),
        ["to"] = new("Latest published date, inclusive (yyyy-MM-dd); not before 'from'.", "2025-05-31", Format: "date"),
        ["section"] = new("Section name, case-insensitive.", "International"),
        ["limit"] = new("Items per page, 1 to 100 (default 20; /entities: default 10).", 20, JsonSchemaType.Integer, "int32"),
        ["cursor"] = new("Opaque position from the previous page's 'next' link; only valid for the same query."),
        ["id"] = new("The stable id, as returned by a list."),
        ["facets"] = new("Comma-separated: person, organisation, place, section, published (per month). Counts over the whole filtered list.", "person,section,published"),
        ["dedupe"] = new("keep (default): every article; collapse: one article per story, its representative when it matches.", "collapse"),
        ["interval"] = new("day (default), week (starting Monday), month or year.", "week"),
    };

    private const string ArticleSearchDoc =
        "Full-text search over headline and body: words (all must match), \"quoted phrases\", OR, NOT or a leading - to leave out, "
        + "a trailing * for a prefix (defen*), and parentheses. Other characters are searched as text.";

    private const string NameSearchDoc = "The start of, or any part of, a name or alias (case-insensitive). Names starting with it come first.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var isArticleSearch = context.ApiDescription.RelativePath?.TrimEnd('/') == "articles";
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (parameter.Name == "q")
            {
                (parameter.Description, parameter.Example) = isArticleSearch
                    ? (ArticleSearchDoc, "Lachin OR \"defence cooperation\"")
                    : (NameSearchDoc, "Mun");
                parameter.Required = context.ApiDescription.RelativePath == "entities"; // the lookup needs something to look up
            }
            else if (parameter.Name == "sort")
            {
                parameter.Description = isArticleSearch
                    ? "relevance (default with q), newest (default without q) or oldest."
                    : "newest (default) or oldest.";
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = isArticleSearch ? ["relevance", "newest", "oldest"] : ["newest", "oldest"],
                };
            }
            else if (Docs.TryGetValue(parameter.Name, out var doc))
            {
                parameter.Description = doc.Description;
                parameter.Example = doc.Example;
                parameter.Schema = new OpenApiSchema { Type = doc.Type, Format = doc.Format };
            }
        }
    }
}
