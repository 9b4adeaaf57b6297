using System.Runtime.InteropServices;
using System.Text.Json;
using NewsApi.Tests.Features.Stories;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Articles;

public sealed class FacetAndDedupeTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("q=Munir")]
    [InlineData("person=syed-asim-munir")]
    [InlineData("from=2025-05-28&to=2025-05-28")]
    [InlineData("section=International&dedupe=collapse")]
    public async Task Section_and_month_facet_counts_add_up_to_the_filtered_list_size(string filters)
    {
        var listed = await WalkAsync($"/articles?{filters}&limit=2");

        var page = await (await _client.GetAsync($"/articles?{filters}&facets=section,published,person")).ReadOkAsync<JsonElement>();

        Assert.Equal(listed.Count, page.GetProperty("total").GetInt32());
        Assert.True(page.GetProperty("totalExact").GetBoolean());
        var facets = page.GetProperty("facets");
        Assert.Equal(listed.Count, facets.GetProperty("section").EnumerateArray().Sum(value => value.GetProperty("count").GetInt32()));
        Assert.Equal(listed.Count, facets.GetProperty("published").EnumerateArray().Sum(value => value.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task A_person_facet_counts_the_articles_that_filtering_by_that_person_lists()
    {
        var page = await (await _client.GetAsync("/articles?section=International&facets=person")).ReadOkAsync<JsonElement>();

        foreach (var person in page.GetProperty("facets").GetProperty("person").EnumerateArray())
        {
            var filtered = await WalkAsync($"/articles?section=International&person={person.GetProperty("value").GetString()}");
            Assert.Equal(filtered.Count, person.GetProperty("count").GetInt32());
        }
    }

    // One entity's facets come from its statistics, not from its articles: they must count what those articles show.
    [Theory]
    [InlineData("person=syed-asim-munir")]
    [InlineData("place=lachin")]
    public async Task One_entitys_facets_count_what_its_articles_say(string filter)
    {
        var expected = new Dictionary<string, Dictionary<string, int>>();
        void Count(string facet, string? value) =>
            CollectionsMarshal.GetValueRefOrAddDefault(expected.TryGetValue(facet, out var counts) ? counts : expected[facet] = [], value ?? "(none)", out _)++;
        var ids = await WalkAsync($"/articles?{filter}&limit=2");
        foreach (var id in ids)
        {
            var article = await (await _client.GetAsync($"/articles/{id}")).ReadOkAsync<JsonElement>();
            Count("section", article.GetProperty("section").GetString());
            Count("published", article.GetProperty("published").GetString()?[..7]);
            foreach (var entity in article.GetProperty("entities").EnumerateArray())
            {
                Count(entity.GetProperty("type").GetString()!, entity.GetProperty("id").GetString());
            }
        }

        var page = await (await _client.GetAsync($"/articles?{filter}&facets=person,organisation,place,section,published")).ReadOkAsync<JsonElement>();

        Assert.Equal(ids.Count, page.GetProperty("total").GetInt32());
        foreach (var facet in new[] { "person", "organisation", "place", "section", "published" })
        {
            var counted = page.GetProperty("facets").GetProperty(facet).EnumerateArray()
                .ToDictionary(value => value.GetProperty("value").GetString() ?? "(none)", value => value.GetProperty("count").GetInt32());
            Assert.Equal(expected.GetValueOrDefault(facet, []).OrderBy(pair => pair.Key), counted.OrderBy(pair => pair.Key));
        }
    }

    [Fact]
    public async Task Collapsing_duplicates_shows_one_article_of_the_seeds_story_and_every_other_article()
    {
        var kept = await WalkAsync("/articles?dedupe=keep");
        var collapsed = await WalkAsync("/articles?dedupe=collapse&limit=1");

        var story = (await (await _client.GetAsync("/stories")).ReadOkAsync<PageOf<StoryItem>>()).Items.Single();
        Assert.Equal(kept.Count - story.ArticleCount + 1, collapsed.Count);
        Assert.Equal(story.RepresentativeArticleId, Assert.Single(collapsed, id => kept.Contains(id) && id is StoryCorpusApi.SeedWithDate or StoryCorpusApi.SeedWithoutDate or StoryCorpusApi.Rewrite));
        Assert.Equal(collapsed.Count, collapsed.Distinct().Count());
    }

    [Fact]
    public async Task A_facet_or_dedupe_the_api_does_not_know_is_a_400()
    {
        await (await _client.GetAsync("/articles?facets=colour")).ReadFieldErrorsAsync("facets");
        await (await _client.GetAsync("/articles?dedupe=maybe")).ReadFieldErrorsAsync("dedupe");
    }

    private async Task<List<string>> WalkAsync(string link)
    {
        var ids = new List<string>();
        for (string? next = link; next is not null;)
        {
            var page = await (await _client.GetAsync(next)).ReadOkAsync<PageOf<ArticleItem>>();
            ids.AddRange(page.Items.Select(a => a.Id));
            next = page.Next;
        }

        return ids;
    }
}
