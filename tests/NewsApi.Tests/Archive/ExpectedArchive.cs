using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsApi.Tests.Archive;

/// <summary>expected.json: what a careful reader finds in Archive/Corpus (format in Archive/README.md).</summary>
public sealed record ExpectedArchive
{
    public required Dictionary<string, ExpectedArticle> Articles { get; init; }
    public required Dictionary<string, ExpectedEntity> Entities { get; init; }
    public List<List<string>> Distinct { get; init; } = [];
    public List<NotAnEntity> NotEntities { get; init; } = [];
    public NameEdges NameEdges { get; init; } = new();
    public List<ExpectedTop> Top { get; init; } = [];

    // A misspelt field in expected.json is an error, not an expectation silently left out.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static ExpectedArchive Load()
    {
        var expected = JsonSerializer.Deserialize<ExpectedArchive>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Archive", "expected.json")), Json)!;
        var unknown = expected.Articles.Values.SelectMany(article => article.Entities)
            .Concat(expected.Distinct.SelectMany(pair => pair)).Concat(expected.Top.SelectMany(top => top.Entities))
            .Where(key => !expected.Entities.ContainsKey(key)).Distinct().ToList();
        var unlinked = expected.Entities.Keys.Where(key => expected.ArticlesOf(key).Count == 0).ToList();
        return unknown.Count == 0 && unlinked.Count == 0 && expected.Distinct.All(pair => pair.Count == 2)
            ? expected
            : throw new InvalidDataException(
                $"expected.json: unknown entity keys [{string.Join(", ", unknown)}], entities no article lists [{string.Join(", ", unlinked)}], or a distinct pair that is not two keys.");
    }

    /// <summary>The articles a reader links to the entity: those whose "entities" list its key.</summary>
    public SortedSet<string> ArticlesOf(string key) =>
        new(Articles.Where(article => article.Value.Entities.Contains(key)).Select(article => article.Key), StringComparer.Ordinal);
}

public sealed record ExpectedArticle
{
    /// <summary>yyyy-MM-dd, or null for an article without a publication date.</summary>
    public string? Published { get; init; }

    /// <summary>Keys of <see cref="ExpectedArchive.Entities"/> the article mentions.</summary>
    public List<string> Entities { get; init; } = [];

    /// <summary>For a title-case headline: the only texts that may be tagged as names in it.</summary>
    public List<string>? HeadlineNames { get; init; }
}

public sealed record ExpectedEntity
{
    public required string Type { get; init; }
    public required string Name { get; init; }
    public List<string> AlsoAcceptedNames { get; init; } = [];
    public required List<string> Aliases { get; init; }
    public List<string> Variants { get; init; } = [];
    public List<string> NotAliases { get; init; } = [];

    /// <summary>True: linked to exactly its articles; false: to at least them.</summary>
    public bool Exact { get; init; } = true;

    public string Label => $"{Name} ({Type})";
}

public sealed record NotAnEntity
{
    public required string Name { get; init; }

    /// <summary>Null: no entity of any type may have this name or alias.</summary>
    public string? Type { get; init; }

    public string Why { get; init; } = "";
}

public sealed record NameEdges
{
    /// <summary>Words that never start or end any entity name or alias.</summary>
    public List<string> AnyName { get; init; } = [];

    /// <summary>Titles that never start or end a person's display name (they are roles).</summary>
    public List<string> PersonName { get; init; } = [];
}

public sealed record ExpectedTop
{
    /// <summary>people, organisations or places.</summary>
    public required string List { get; init; }

    public required int N { get; init; }
    public required List<string> Entities { get; init; }
}
