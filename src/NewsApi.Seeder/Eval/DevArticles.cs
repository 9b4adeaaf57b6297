using System.Text.Json;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Tagging.Training;

namespace NewsApi.Seeder.Eval;

/// <summary>An article of the news dev set: its file name, its text, and its gold names as tagger training data.</summary>
public sealed record DevArticle(string Name, string Text, AnnotatedText Annotated);

/// <summary>
/// Reads a dev set folder laid out as `../shared/bench/gum-dev`: `articles/NAME.txt` (headline, date, blank line, body) and
/// `gold/NAME.json` (entities with their mentions' character offsets into the text).
/// </summary>
public static class DevArticles
{
    public static List<DevArticle> Read(string devFolder)
    {
        var articles = new List<DevArticle>();
        foreach (var gold in Directory.EnumerateFiles(Path.Combine(devFolder, "gold"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(gold);
            var text = File.ReadAllText(Path.Combine(devFolder, "articles", name + ".txt"));
            var body = text.IndexOf("\n\n", StringComparison.Ordinal);
            articles.Add(new DevArticle(name + ".txt", text, new AnnotatedText(text, GoldNames(gold), From: body < 0 ? 0 : body + 2)));
        }

        return articles;
    }

    /// <summary>
    /// The gold mentions as the tagger corpora mark names: the name's core ("Rodaba Noori" in "team member Rodaba Noori"),
    /// without names nested in a longer one, groups ("Muslims") or a title standing for a person ("The President").
    /// </summary>
    private static List<AnnotatedName> GoldNames(string goldFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldFile));
        return GoldEntities.Flattened(GoldEntities.TaggedMentions(json.RootElement)
            .Where(tagged => !(tagged.Type == EntityType.Person && (tagged.Mention.GetProperty("text").GetString() ?? "").StartsWith("the ", StringComparison.OrdinalIgnoreCase)))
            .Select(tagged => new AnnotatedName(tagged.Mention.GetProperty("core_start").GetInt32(), tagged.Mention.GetProperty("core_end").GetInt32(), tagged.Type)));
    }
}
