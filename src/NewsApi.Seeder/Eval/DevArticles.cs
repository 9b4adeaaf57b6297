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
        var candidates = new List<AnnotatedName>();
        foreach (var entity in json.RootElement.GetProperty("entities").EnumerateArray())
        {
            if (!GoldEntities.IsTaggedName(entity, out var type)) continue;
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray())
            {
                var text = mention.GetProperty("text").GetString() ?? "";
                if (type == EntityType.Person && text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) continue;
                candidates.Add(new AnnotatedName(mention.GetProperty("core_start").GetInt32(), mention.GetProperty("core_end").GetInt32(), type));
            }
        }

        // Overlapping mentions are flattened, the longest winning, as in the corpora.
        var names = new List<AnnotatedName>();
        foreach (var candidate in candidates.OrderByDescending(name => name.End - name.Start).ThenBy(name => name.Start))
        {
            if (!names.Any(name => name.Start < candidate.End && candidate.Start < name.End)) names.Add(candidate);
        }

        return names;
    }
}
