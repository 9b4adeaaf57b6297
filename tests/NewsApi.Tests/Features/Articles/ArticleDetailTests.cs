using System.Net;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Articles;

public sealed class ArticleDetailTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task An_article_has_its_text_without_page_chrome_and_its_people_with_their_roles()
    {
        var article = await GetArticleAsync(headlineStart: "Field Marshal Munir Discusses");

        Assert.Equal("International", article.Section);
        Assert.Contains("Focus on Strengthening Defence Cooperation", article.Subheadings);
        Assert.DoesNotContain("Leave a Reply", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to top button", article.Body, StringComparison.Ordinal);
        var munir = Assert.Single(article.Entities, e => e.Name == "Syed Asim Munir");
        Assert.Equal("person", munir.Type);
        Assert.Contains("Chief of Army Staff", munir.Roles);
        Assert.True(munir.MentionCount >= 3);
    }

    [Fact]
    public async Task Every_mention_points_at_its_own_text_in_the_stored_article()
    {
        var article = await GetArticleAsync(headlineStart: "Field Marshal Munir Discusses");

        var entities = await (await _client.GetAsync($"/articles/{article.Id}/entities")).ReadOkAsync<List<EntityMentions>>();

        Assert.Equal(article.Entities.Select(e => e.Id), entities.Select(e => e.Id));
        var mentions = entities.SelectMany(e => e.Mentions).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, mention =>
        {
            var field = mention.Field switch { "headline" => article.Headline, "caption" => article.Caption!, _ => article.Body };
            Assert.Equal(mention.Text, field[mention.Start..mention.End]);
            Assert.Contains(mention.Text, mention.Sentence, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_seed_without_a_headline_shows_the_derived_one_flagged_with_its_date_and_where_it_came_from()
    {
        var article = await GetArticleAsync(headlineStart: "Field Marshal Syed Asim Munir in a meeting");

        Assert.True(article.HeadlineDerived);
        Assert.Equal(("2025-05-28", "date-line"), (article.Published, article.PublishedSource));
        Assert.Equal("Rawalpindi", article.Dateline);
        Assert.EndsWith("on May 28, 2025. —ISPR", article.Caption, StringComparison.Ordinal);
        Assert.Equal("ISPR", article.Credit);
        Assert.Equal("001_5bc9951281a706f7.txt", article.SourceFile);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/no-such-article/entities")]
    public async Task An_unknown_article_is_a_404_problem(string url)
    {
        using var response = await _client.GetAsync(url);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("no-such-article", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<Article> GetArticleAsync(string headlineStart)
    {
        var list = await (await _client.GetAsync("/articles?limit=100")).ReadOkAsync<PageOf<ArticleItem>>();
        var id = list.Items.Single(a => a.Headline.StartsWith(headlineStart, StringComparison.Ordinal)).Id;
        return await (await _client.GetAsync($"/articles/{id}")).ReadOkAsync<Article>();
    }
}
