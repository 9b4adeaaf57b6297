using System.Net;
using System.Text.Json;
using NewsApi.Tests.Features.Stories;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

public sealed class EntityInsightTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    private const string Munir = "syed-asim-munir";
    private const string Sharif = "shehbaz-sharif";

    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_profile_counts_each_name_used_and_names_the_articles_that_state_each_role()
    {
        var profile = await (await _client.GetAsync($"/people/{Munir}")).ReadOkAsync<JsonElement>();
        var articles = await ArticleIdsAsync($"/people/{Munir}/articles");

        var usage = profile.GetProperty("aliasUsage").EnumerateArray().ToList();
        Assert.Equal(profile.GetProperty("mentionCount").GetInt32(), usage.Sum(alias => alias.GetProperty("mentions").GetInt32()));
        Assert.Contains(usage, alias => alias.GetProperty("alias").GetString() == "Munir");
        foreach (var role in profile.GetProperty("roles").EnumerateArray())
        {
            var stating = role.GetProperty("articles").EnumerateArray().Select(id => id.GetString()!).ToList();
            Assert.Equal(role.GetProperty("articleCount").GetInt32(), stating.Count);
            Assert.All(stating, id => Assert.Contains(id, articles));
        }

        Assert.Contains(profile.GetProperty("coMentioned").EnumerateArray(), edge => edge.GetProperty("target").GetString() == Sharif);
    }

    [Fact]
    public async Task A_profile_shows_the_first_five_related_entities_with_the_same_counts_and_pmi()
    {
        var profile = await (await _client.GetAsync($"/people/{Munir}")).ReadOkAsync<JsonElement>();
        var related = await (await _client.GetAsync($"/entities/{Munir}/related?limit=5")).ReadOkAsync<JsonElement>();

        var shown = profile.GetProperty("coMentioned").EnumerateArray().Select(edge => edge.GetRawText()).ToList();
        Assert.Equal(related.GetProperty("items").EnumerateArray().Select(edge => edge.GetRawText()), shown);
        Assert.InRange(shown.Count, 2, 5);
        Assert.Equal($"/entities/{Munir}/related", profile.GetProperty("related").GetString());
        Assert.Equal($"/people/{Munir}/timeline", profile.GetProperty("timeline").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", profile.GetProperty("firstSeen").GetString());
    }

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    [InlineData("month")]
    public async Task A_timeline_counts_every_article_once_per_period(string interval)
    {
        var profile = await (await _client.GetAsync($"/people/{Munir}")).ReadOkAsync<JsonElement>();

        var timeline = await (await _client.GetAsync($"/people/{Munir}/timeline?interval={interval}")).ReadOkAsync<JsonElement>();

        var periods = timeline.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(profile.GetProperty("articleCount").GetInt32(),
            periods.Sum(p => p.GetProperty("articles").GetInt32()) + timeline.GetProperty("undatedArticles").GetInt32());
        var starts = periods.Select(p => DateOnly.Parse(p.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(starts, start => Assert.True(interval switch
        {
            "week" => start.DayOfWeek == DayOfWeek.Monday,
            "month" => start.Day == 1,
            _ => true,
        }));
    }

    [Fact]
    public async Task Related_entities_count_the_articles_that_mention_both_most_shared_first()
    {
        var munirArticles = await ArticleIdsAsync($"/people/{Munir}/articles");
        var sharifArticles = await ArticleIdsAsync($"/people/{Sharif}/articles");

        var related = await (await _client.GetAsync($"/entities/{Munir}/related?limit=100")).ReadOkAsync<PageOf<JsonElement>>();

        var sharif = related.Items.Single(edge => edge.GetProperty("target").GetString() == Sharif);
        Assert.Equal(munirArticles.Intersect(sharifArticles).Count(), sharif.GetProperty("count").GetInt32());
        var counts = related.Items.Select(edge => edge.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.All(related.Items, edge => Assert.InRange(edge.GetProperty("strength").GetDouble(), -1, 1));
        Assert.All(related.Items, edge => Assert.Equal(Munir, edge.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task The_related_entities_export_as_a_csv_edge_list()
    {
        var csv = await (await _client.GetAsync($"/entities/{Munir}/related?format=csv")).Content.ReadAsStringAsync();

        Assert.StartsWith("source,target,name,type,count,pmi,strength\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_interval_is_a_400_and_an_unknown_entity_a_404()
    {
        await (await _client.GetAsync($"/people/{Munir}/timeline?interval=fortnight")).ReadFieldErrorsAsync("interval");
        await (await _client.GetAsync("/people/nobody/timeline")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/entities/nobody/related")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<List<string>> ArticleIdsAsync(string list) =>
        (await (await _client.GetAsync($"{list}?limit=100")).ReadOkAsync<PageOf<ArticleItem>>()).Items.Select(a => a.Id).ToList();
}
