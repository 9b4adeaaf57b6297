using Microsoft.AspNetCore.Hosting;
using System.Net;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Articles;

public sealed class ArticleSearchTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Searching_for_Lachin_returns_both_seed_articles_with_the_word_highlighted_in_the_snippet()
    {
        var page = await (await _client.GetAsync("/articles?q=Lachin")).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Equal(2, page.Items.Count);
        Assert.All(page.Items, article => Assert.Contains("<b>Lachin</b>", article.Snippet, StringComparison.Ordinal));
        Assert.All(page.Items, article => Assert.True(article.Score > 0));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task A_word_left_out_with_a_minus_removes_the_articles_that_contain_it()
    {
        var all = await (await _client.GetAsync("/articles?q=Lachin")).ReadOkAsync<PageOf<ArticleItem>>();
        var withoutRawalpindi = await (await _client.GetAsync("/articles?q=Lachin%20-Rawalpindi")).ReadOkAsync<PageOf<ArticleItem>>();

        var article = Assert.Single(withoutRawalpindi.Items);
        Assert.Contains(all.Items, a => a.Id == article.Id);
    }

    [Fact]
    public async Task Filtering_by_a_person_id_and_by_one_of_their_names_gives_the_same_articles()
    {
        var munir = (await (await _client.GetAsync("/people?q=Munir")).ReadOkAsync<PageOf<EntityItem>>()).Items[0];

        var byId = await (await _client.GetAsync($"/articles?person={munir.Id}")).ReadOkAsync<PageOf<ArticleItem>>();
        var byName = await (await _client.GetAsync("/articles?person=Field%20Marshal%20Munir")).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Equal(2, byId.Items.Count);
        Assert.Equal(byId.Items.Select(a => a.Id), byName.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task A_name_that_no_entity_has_matches_no_articles()
    {
        var page = await (await _client.GetAsync("/articles?person=Nobody%20Known")).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("/articles?limit=1")]
    [InlineData("/articles?q=Pakistan&limit=1")]
    [InlineData("/articles?sort=oldest&limit=1")]
    public async Task Following_next_links_one_article_at_a_time_returns_every_article_exactly_once(string firstPage)
    {
        var everything = await (await _client.GetAsync("/articles?limit=100")).ReadOkAsync<PageOf<ArticleItem>>();

        var seen = new List<string>();
        for (var url = firstPage; url is not null;)
        {
            using var response = await _client.GetAsync(url);
            var page = await response.ReadOkAsync<PageOf<ArticleItem>>();
            seen.AddRange(page.Items.Select(a => a.Id));
            Assert.Equal(page.Next is null ? null : $"<{page.Next}>; rel=\"next\"", response.Headers.TryGetValues("Link", out var link) ? link.Single() : null);
            url = page.Next;
        }

        Assert.Equal(everything.Items.Select(a => a.Id).Order(), seen.Order());
    }

    [Fact]
    public async Task Newest_first_puts_dated_articles_before_undated_ones()
    {
        var page = await (await _client.GetAsync("/articles?sort=newest")).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Equal("2025-05-28", page.Items[0].Published);
        Assert.Null(page.Items[^1].Published);
    }

    [Fact]
    public async Task A_date_range_keeps_only_articles_published_in_it()
    {
        var inRange = await (await _client.GetAsync("/articles?from=2025-05-28&to=2025-05-28")).ReadOkAsync<PageOf<ArticleItem>>();
        var after = await (await _client.GetAsync("/articles?from=2025-05-29")).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Equal("2025-05-28", Assert.Single(inRange.Items).Published);
        Assert.Empty(after.Items);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1000", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("q=%22", "q")]
    [InlineData("q=NEAR(", "q")]
    [InlineData("q=AND", "q")]
    [InlineData("q=*", "q")]
    [InlineData("q=(Lachin", "q")]
    [InlineData("q=-Lachin", "q")]
    [InlineData("from=2025-06-01&to=2025-05-01", "to")]
    [InlineData("from=28-05-2025", "from")]
    [InlineData("sort=popular", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=eyJGaW5nZXJwcmludCI6IngiLCJJZCI6IjEifQ", "cursor")]
    [InlineData("q=Lachin&q=Munir", "q")] // was searched as "Lachin,Munir"
    [InlineData("person=syed-asim-munir&person=lachin", "person")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_it(string query, string field)
    {
        using var response = await _client.GetAsync($"/articles?{query}");

        Assert.NotEmpty(await response.ReadFieldErrorsAsync(field));
    }

    [Theory]
    [InlineData("relevance", false)]
    [InlineData("relevance", true)]
    [InlineData("newest", false)]
    [InlineData("oldest", false)]
    public async Task Following_the_cursor_of_a_one_article_page_lists_the_other_Lachin_article(string sort, bool responseCache)
    {
        using var client = api.WithWebHostBuilder(host => host.UseSetting("ResponseCache:Enabled", responseCache ? "true" : "false")).CreateClient();
        var all = await (await client.GetAsync($"/articles?q=Lachin&sort={sort}")).ReadOkAsync<PageOf<ArticleItem>>();

        var first = await (await client.GetAsync($"/articles?q=Lachin&sort={sort}&limit=1")).ReadOkAsync<PageOf<ArticleItem>>();
        var second = await (await client.GetAsync(first.Next!)).ReadOkAsync<PageOf<ArticleItem>>();

        Assert.Equal(2, all.Items.Count);
        Assert.Equal(all.Items.Select(article => article.Id), first.Items.Concat(second.Items).Select(article => article.Id));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task A_cursor_taken_from_another_search_is_rejected()
    {
        var lachin = await (await _client.GetAsync("/articles?q=Lachin&limit=1")).ReadOkAsync<PageOf<ArticleItem>>();
        var next = lachin.Next!;
        var cursor = next[(next.IndexOf("cursor=", StringComparison.Ordinal) + "cursor=".Length)..];

        using var response = await _client.GetAsync($"/articles?q=Pakistan&limit=1&cursor={cursor}");

        Assert.NotEmpty(await response.ReadFieldErrorsAsync("cursor"));
    }
}
