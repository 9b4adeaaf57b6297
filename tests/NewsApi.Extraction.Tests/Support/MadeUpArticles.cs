using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tests.Support;

/// <summary>Short made-up articles run through the bundled pipeline, for the rule tests.</summary>
internal static class MadeUpArticles
{
    public static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();

    /// <summary>The entities of an article with a made-up headline and <paramref name="body"/>.</summary>
    public static IReadOnlyList<ExtractedEntity> Extract(string body) =>
        Pipeline.Process("made-up.txt", "Made-up headline\n\n" + body).Entities;

    /// <summary>The names of the entities of one type.</summary>
    public static HashSet<string> Names(IReadOnlyList<ExtractedEntity> entities, EntityType type) =>
        entities.Where(entity => entity.Type == type).Select(entity => entity.Name).ToHashSet();
}
