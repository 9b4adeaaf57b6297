using System.Net;
using System.Text.Json;
using NewsApi.Extraction.Entities;

namespace NewsApi.Tests.Archive;

/// <summary>
/// Seeds Archive/Corpus (73 team-written articles about recurring people, clubs, parties and countries) and checks through
/// the HTTP API that the archive reads as expected.json says a careful reader finds it. Each test collects every failed
/// expectation and fails once with the whole list. See Archive/README.md.
/// </summary>
public sealed class ArchiveResolutionTests(ArchiveApi archive) : IClassFixture<ArchiveApi>
{
    private readonly ArchiveClient _api = new(archive.CreateClient());
    private readonly ExpectedArchive _expected = ExpectedArchive.Load();

    [Fact]
    public async Task Every_article_is_stored_with_the_publication_date_its_metadata_gives()
    {
        var findings = new Findings("article expectations");
        var stored = await _api.AllArticleIdsAsync();
        foreach (var (id, article) in _expected.Articles)
        {
            var (status, body) = await _api.GetAsync($"/articles/{id}");
            findings.Expect(status == HttpStatusCode.OK, () => $"article {id}: GET /articles/{id} answered {ArchiveClient.Describe(status, body)}");
            if (status == HttpStatusCode.OK)
            {
                var published = body.GetProperty("published").GetString();
                findings.Expect(published == article.Published, () =>
                    $"article {id}: published {published ?? "null"} (publishedSource {Text(body, "publishedSource")}), expected {article.Published ?? "null (undated)"}");
            }
        }

        var unexpected = stored.Except(_expected.Articles.Keys).ToList();
        findings.Expect(unexpected.Count == 0, () => $"articles stored that expected.json does not list: {string.Join(", ", unexpected)}");
        findings.AssertNone();
    }

    [Fact]
    public async Task Every_recurring_entity_has_its_type_display_name_names_and_articles()
    {
        var findings = new Findings("entity expectations");
        var resolved = await ResolvedEntities.ResolveAsync(_api, _expected);
        foreach (var (key, expected) in _expected.Entities)
        {
            await findings.ExpectAsync(expected.Label, () => CheckEntityAsync(findings, key, expected, resolved));
        }

        findings.AssertNone();
    }

    [Fact]
    public async Task Look_alike_names_stay_distinct_entities()
    {
        var findings = new Findings("distinct-entity expectations");
        var resolved = await ResolvedEntities.ResolveAsync(_api, _expected);
        foreach (var pair in _expected.Distinct)
        {
            var (first, second) = (_expected.Entities[pair[0]], _expected.Entities[pair[1]]);
            var (one, other) = (resolved[pair[0]], resolved[pair[1]]);
            findings.Expect(one is not null && other is not null && one.Id != other.Id, () =>
                one is null || other is null
                    ? $"{first.Label} vs {second.Label}: not checked, {(one is null ? first.Label : second.Label)} was not found"
                    : $"{first.Label} vs {second.Label}: one entity, {one.Label}");
        }

        findings.AssertNone();
    }

    [Fact]
    public async Task Sentence_words_titles_headline_case_products_and_events_are_never_names()
    {
        var findings = new Findings("not-a-name expectations");
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var notEntity in _expected.NotEntities)
        {
            await findings.ExpectAsync($"'{notEntity.Name}' is not a name", async () =>
            {
                var holders = (await _api.HoldersOfAsync(notEntity.Name)).Where(holder => notEntity.Type is null || holder.Type == notEntity.Type).ToList();
                findings.Expect(holders.Count == 0, () =>
                    $"'{notEntity.Name}' must not be {(notEntity.Type is null ? "a name" : $"a {notEntity.Type}'s name")} ({notEntity.Why}); held by {string.Join("; ", holders.Select(holder => holder.Label))}");
                if (holders.Count > 0)
                {
                    reported.Add(NameKey.Of(notEntity.Name)); // reported here: the edge-word check below skips it
                }
            });
        }

        await CheckNameEdgesAsync(findings, reported);
        foreach (var (id, article) in _expected.Articles.Where(article => article.Value.HeadlineNames is not null))
        {
            await findings.ExpectAsync($"headline of {id}", () => CheckHeadlineAsync(findings, id, article.HeadlineNames!));
        }

        findings.AssertNone();
    }

    [Fact]
    public async Task The_top_of_each_list_is_what_a_reader_expects()
    {
        var findings = new Findings("top-list expectations");
        var resolved = await ResolvedEntities.ResolveAsync(_api, _expected);
        foreach (var top in _expected.Top)
        {
            await findings.ExpectAsync($"top {top.N} {top.List}", async () =>
            {
                var listed = await _api.TopAsync(top.List, top.N);
                var expectedIds = top.Entities.Select(key => resolved[key]?.Id).ToHashSet(StringComparer.Ordinal);
                findings.Expect(listed.All(entity => expectedIds.Contains(entity.Id)) && listed.Count == top.N, () =>
                    $"top {top.N} {top.List} by articles: got {string.Join(", ", listed.Select(entity => $"{entity.Name} ({entity.ArticleCount})"))}; expected {string.Join(", ", top.Entities.Select(key => _expected.Entities[key].Name))} in any order");
            });
        }

        findings.AssertNone();
    }

    private async Task CheckEntityAsync(Findings findings, string key, ExpectedEntity expected, ResolvedEntities resolved)
    {
        var entity = resolved[key];
        findings.Expect(entity is not null, () => $"{expected.Label}: no entity is named '{expected.Name}' or holds any of {string.Join(", ", expected.Aliases)}");
        if (entity is null)
        {
            return;
        }

        findings.Expect(entity.Type == expected.Type, () => $"{expected.Label}: typed {entity.Type} ({entity.Label})");
        findings.Expect(entity.Name == expected.Name || expected.AlsoAcceptedNames.Contains(entity.Name), () =>
            $"{expected.Label}: display name is '{entity.Name}' ({entity.Label})");

        foreach (var alias in expected.Aliases)
        {
            var holders = entity.IsNamed(alias) ? [] : await _api.HoldersOfAsync(alias);
            findings.Expect(entity.IsNamed(alias), () =>
                $"{expected.Label}: '{alias}' is not one of its names; {(holders.Count == 0 ? "no entity holds it" : "held by " + string.Join("; ", holders.Select(holder => holder.Label)))}");
        }

        // A name that is also an entity of its own is the archive split in two ("America" next to "United States"). A
        // missing alias was reported above with its holders, so only the names it holds and the variants are looked at here.
        foreach (var name in expected.Aliases.Where(entity.IsNamed).Concat(expected.Variants))
        {
            var splits = (await _api.HoldersOfAsync(name))
                .Where(holder => holder.Id != entity.Id && !resolved.Ids.Contains(holder.Id) && NameKey.Of(holder.Name) == NameKey.Of(name)).ToList();
            findings.Expect(splits.Count == 0, () => $"{expected.Label}: '{name}' is split off as {string.Join("; ", splits.Select(split => split.Label))}");
        }

        foreach (var name in expected.NotAliases)
        {
            findings.Expect(!entity.IsNamed(name), () => $"{expected.Label}: '{name}' is one of its names, but that is someone else ({entity.Label})");
        }

        var linked = await _api.ArticleIdsOfAsync(entity);
        var articles = _expected.ArticlesOf(key);
        var missing = articles.Except(linked).ToList();
        findings.Expect(missing.Count == 0, () => $"{expected.Label}: not linked to {missing.Count} of its {articles.Count} articles: {string.Join(", ", missing)}");
        var extra = linked.Except(articles).ToList();
        if (expected.Exact)
        {
            findings.Expect(extra.Count == 0, () => $"{expected.Label}: linked to {extra.Count} articles that do not mention it: {string.Join(", ", extra)}");
        }

        // Filtering articles by any of its own names must find this entity's articles, not another's, and not be ambiguous
        // (an entity of the wrong type was reported above; filtering by the expected type cannot find it).
        foreach (var alias in ResolvedEntities.OwnAliases(_expected, key).Where(alias => entity.Type == expected.Type && entity.IsNamed(alias)))
        {
            var url = $"/articles?{expected.Type}={Uri.EscapeDataString(alias)}&limit=1";
            var (status, body) = await _api.GetAsync(url);
            var total = status == HttpStatusCode.OK && body.TryGetProperty("total", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt64() : -1;
            findings.Expect(total == linked.Count, () => status == HttpStatusCode.OK
                ? $"{expected.Label}: GET {url} finds {total} articles, but the entity has {linked.Count}"
                : $"{expected.Label}: GET {url} answered {ArchiveClient.Describe(status, body)}");
        }
    }

    /// <summary>No name or alias starts or ends with a weekday, month or sentence word; no person's display name with a title.</summary>
    private async Task CheckNameEdgesAsync(Findings findings, HashSet<string> reported)
    {
        var anyEdge = _expected.NameEdges.AnyName.ToHashSet(StringComparer.Ordinal);
        var titleEdge = _expected.NameEdges.PersonName.ToHashSet(StringComparer.Ordinal);
        foreach (var type in new[] { "person", "organisation", "place" })
        {
            foreach (var listed in await _api.AllAsync(ArchiveClient.Route(type)))
            {
                var entity = await _api.DetailAsync(type, listed.Id) ?? listed;
                foreach (var name in entity.Aliases.Append(entity.Name).Distinct(StringComparer.Ordinal).Where(name => !reported.Contains(NameKey.Of(name))))
                {
                    var edge = EdgeWord(name, anyEdge) ?? (type == "person" && name == entity.Name ? EdgeWord(name, titleEdge) : null);
                    findings.Expect(edge is null, () => $"'{name}' ({(name == entity.Name ? "name" : "alias")} of {entity.Label}) has '{edge}' at its edge");
                }
            }
        }
    }

    /// <summary>In a title-case headline only the listed texts may be tagged as names ("Obama", not "Obama Pushes Ethanol Plan").</summary>
    private async Task CheckHeadlineAsync(Findings findings, string id, List<string> allowed)
    {
        var headline = (await _api.GetOkAsync($"/articles/{id}")).GetProperty("headline").GetString();
        foreach (var entity in (await _api.GetOkAsync($"/articles/{id}/entities")).EnumerateArray())
        {
            foreach (var mention in entity.GetProperty("mentions").EnumerateArray().Where(mention => mention.GetProperty("field").GetString() == "headline"))
            {
                var text = mention.GetProperty("text").GetString()!;
                findings.Expect(allowed.Contains(text), () =>
                    $"headline '{headline}' ({id}): '{text}' tagged as {Text(entity, "type")} '{Text(entity, "name")}'; only {string.Join(", ", allowed)} are names there");
            }
        }
    }

    private static string? EdgeWord(string name, HashSet<string> words)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? null : words.Contains(parts[0]) ? parts[0] : words.Contains(parts[^1]) ? parts[^1] : null;
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "null";
}
