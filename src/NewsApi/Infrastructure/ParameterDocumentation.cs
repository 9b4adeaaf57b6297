using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using NewsApi.Extraction.Entities;
using NewsApi.Features.Articles;
using NewsApi.Features.Entities;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

/// <summary>
/// Describes every parameter in one table. Query models bind strings (so bad values reach the validator), so this is
/// also where Swagger learns that limit is an integer from 1 to 100, from/to are dates and which values the words take;
/// names are shown as the API spells them, and maximum lengths are read from the endpoint's validator.
/// </summary>
public sealed class ParameterDocumentation(IServiceScopeFactory scopes) : IOperationFilter
{
    private sealed record Doc(string Description, JsonNode? Example = null, JsonSchemaType Type = JsonSchemaType.String, string? Format = null)
    {
        public IList<JsonNode>? Values { get; init; }

        public OpenApiSchema Schema(int? maxLength) => new() { Type = Type, Format = Format, Enum = Values, MaxLength = maxLength };
    }

    private static readonly Dictionary<string, Doc> Docs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["from"] = new("Earliest published date, inclusive (yyyy-MM-dd). Undated articles are left out when set.", "2025-05-01", Format: "date"),
        ["to"] = new("Latest published date, inclusive (yyyy-MM-dd); not before 'from'.", "2025-05-31", Format: "date"),
        ["section"] = new("Section name, case-insensitive.", "International"),
        ["cursor"] = new("Opaque position from the previous page's 'next' link; only valid for the same query."),
        ["id"] = new("The stable id, as returned by a list."),
        ["dedupe"] = new("keep (default): every article; collapse: one article per story, its representative when it matches.", "collapse")
        {
            Values = ["keep", "collapse"],
        },
        ["interval"] = new("day (default), week (starting Monday), month or year.", "week")
        {
            Values = [.. TimelineIntervals()],
        },
    };

    private const string ArticleSearchDoc =
        "Full-text search over headline and body: words (all must match), \"quoted phrases\", OR, NOT or a leading - to leave out, "
        + "a trailing * for a prefix (defen*), and parentheses. Other characters are searched as text.";

    private const string NameSearchDoc = "The start of, or any part of, a name or alias (case-insensitive). Names starting with it come first.";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var isArticleSearch = context.ApiDescription.RelativePath?.TrimEnd('/') == "articles";
        var isLookup = context.ApiDescription.RelativePath == "entities";
        var maxLengths = MaxLengths(context);
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ValidatedQuery>()
            .Any(query => query.Model.GetProperties().Any(property => property.PropertyType == typeof(EntityFilters))))
        {
            ListEntityFilters(operation);
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            int? maxLength = maxLengths.TryGetValue(parameter.Name!, out var max) ? max : null;
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            if (parameter.Name == "q")
            {
                (parameter.Description, parameter.Example) = isArticleSearch
                    ? (ArticleSearchDoc, "Lachin OR \"defence cooperation\"")
                    : (NameSearchDoc, "Mun");
                parameter.Required = isLookup; // the lookup needs something to look up
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = isLookup ? 1 : null, MaxLength = maxLength };
            }
            else if (parameter.Name == "limit")
            {
                var defaultLimit = isLookup ? EntityLookup.DefaultLimit : QueryValues.DefaultLimit;
                parameter.Description = $"Items per page, 1 to {QueryValues.MaxLimit} (default {defaultLimit}).";
                parameter.Example = defaultLimit;
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = "1",
                    Maximum = QueryValues.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Default = defaultLimit,
                };
            }
            else if (parameter.Name == "facets")
            {
                // Sent comma-separated (facets=person,section): an array in form style, not exploded.
                parameter.Description = $"Any of {string.Join(", ", EntityTypes.All.Select(type => type.Name))} (the {ArticleFacets.MaxEntityValues} most frequent each), section, published (per month): counts over the whole filtered list.";
                parameter.Style = ParameterStyle.Form;
                parameter.Explode = false;
                parameter.Example = new JsonArray("person", "section", "published");
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. ArticleFacets.Names.Select(name => (JsonNode)name)] },
                    UniqueItems = true,
                };
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
            else if (parameter.Name == "minArticles")
            {
                parameter.Description = "Leave out entities named in fewer articles (default 1: all); 2 hides names seen once, most of a tagger's one-off mistakes.";
                parameter.Example = 2;
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = "1",
                    Maximum = EntitySearch.MaxMinArticles.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Default = 1,
                };
            }
            else if (Docs.TryGetValue(parameter.Name, out var doc))
            {
                parameter.Description = doc.Description;
                parameter.Example = doc.Example;
                parameter.Schema = doc.Schema(parameter.Name == "cursor" ? Cursor.MaxLength : maxLength);
            }
        }
    }

    /// <summary>
    /// <see cref="EntityFilters"/> reads one query parameter per entity type itself, which the API explorer cannot see:
    /// they are listed here, after q, one per row of the table of types.
    /// </summary>
    private static void ListEntityFilters(OpenApiOperation operation)
    {
        var parameters = operation.Parameters ??= [];
        if (parameters.FirstOrDefault(parameter => parameter.Name == nameof(ArticleSearch.Entities)) is { } bound)
        {
            parameters.Remove(bound);
        }

        var at = parameters.TakeWhile(parameter => parameter.Name != nameof(ArticleSearch.Q)).Count() + 1;
        foreach (var type in EntityTypes.All.Reverse())
        {
            parameters.Insert(Math.Min(at, parameters.Count), new OpenApiParameter
            {
                Name = type.Name,
                In = ParameterLocation.Query,
                Description = type.FilterHelp,
                Example = type.FilterExample,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = EntityFilters.MaxLength },
            });
        }
    }

    private static IEnumerable<JsonNode> TimelineIntervals() => TimelinePeriods.Intervals.Select(interval => (JsonNode)interval);

    /// <summary>The maximum lengths the endpoint's validator enforces (MaximumLength rules), by query model property.</summary>
    private Dictionary<string, int> MaxLengths(OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ValidatedQuery>().FirstOrDefault() is not { } validated)
        {
            return [];
        }

        using var scope = scopes.CreateScope();
        var validator = (IValidator)scope.ServiceProvider.GetRequiredService(typeof(IValidator<>).MakeGenericType(validated.Model));
        return validator.CreateDescriptor().GetMembersWithValidators()
            .Select(member => (member.Key, Max: member.Select(rule => rule.Validator).OfType<ILengthValidator>().Select(length => length.Max).Where(max => max > 0).DefaultIfEmpty().Min()))
            .Where(member => member.Max > 0)
            .ToDictionary(member => member.Key, member => member.Max, StringComparer.OrdinalIgnoreCase);
    }
}
