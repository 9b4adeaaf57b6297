using System.Text.Json;
using NewsApi.Extraction.Entities;

namespace NewsApi.Storage.Writing;

/// <summary>A name an article uses for one of its entities, how many mentions use it, and whether it carries a title.</summary>
internal sealed record ChainName(string Text, int Mentions, bool Titled);

/// <summary>The names column of article_chains: every way the article writes the entity, most used first.</summary>
internal static class ChainNames
{
    public static List<ChainName> Of(ExtractedEntity entity)
    {
        var names = entity.Mentions
            .GroupBy(mention => mention.Text.Trim(), StringComparer.Ordinal)
            .Select(group => new ChainName(group.Key, group.Count(), Titled: false))
            .ToList();
        var titled = entity.TitledNames.ToHashSet(StringComparer.Ordinal);
        foreach (var other in entity.Aliases.Prepend(entity.Name).Select(alias => alias.Trim()).Where(alias => alias.Length > 0))
        {
            if (!names.Any(name => name.Text == other))
            {
                names.Add(new ChainName(other, 0, titled.Contains(other)));
            }
        }

        return [.. names.OrderByDescending(name => name.Mentions).ThenBy(name => name.Text, StringComparer.Ordinal)];
    }

    public static string ToJson(IReadOnlyList<ChainName> names) => JsonSerializer.Serialize(names, ColumnJson.Default.IReadOnlyListChainName);

    public static List<ChainName> FromJson(string json) => JsonSerializer.Deserialize(json, ColumnJson.Default.ListChainName) ?? [];
}
