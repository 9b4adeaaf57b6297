using System.Net;
using NewsApi.Tests.Support;
using static NewsApi.Tests.Features.Stories.StoryCorpusApi;

namespace NewsApi.Tests.Features.Stories;

public sealed class StoryTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_two_seed_documents_and_a_rewrite_of_the_same_meeting_form_one_story()
    {
        var stories = await (await _client.GetAsync("/stories")).ReadOkAsync<PageOf<StoryItem>>();

        var story = Assert.Single(stories.Items);
        var detail = await (await _client.GetAsync($"/stories/{story.Id}")).ReadOkAsync<Story>();
        Assert.Equal([SeedWithoutDate, SeedWithDate, Rewrite], detail.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(3, detail.ArticleCount);
    }

    [Fact]
    public async Task Another_event_with_the_same_people_on_the_next_day_joins_no_story()
    {
        var stories = await (await _client.GetAsync("/stories")).ReadOkAsync<PageOf<StoryItem>>();
        var members = new List<string>();
        foreach (var story in stories.Items)
        {
            members.AddRange((await (await _client.GetAsync($"/stories/{story.Id}")).ReadOkAsync<Story>()).Articles.Select(a => a.Id));
        }

        Assert.DoesNotContain(OtherEventSamePeople, members);
        Assert.DoesNotContain(Unrelated, members);
    }

    [Fact]
    public async Task A_story_shows_its_representative_article_first_with_similarity_one()
    {
        var story = (await (await _client.GetAsync("/stories")).ReadOkAsync<PageOf<StoryItem>>()).Items[0];

        var detail = await (await _client.GetAsync($"/stories/{story.Id}")).ReadOkAsync<Story>();

        Assert.Equal(story.RepresentativeArticleId, detail.Articles[0].Id);
        Assert.Equal(1.0, detail.Articles[0].Similarity);
        Assert.All(detail.Articles.Skip(1), member => Assert.InRange(member.Similarity, 0.1, 0.99));
    }

    [Fact]
    public async Task Related_articles_of_a_seed_are_its_story_first_with_their_scores()
    {
        var related = await (await _client.GetAsync($"/articles/{SeedWithDate}/related")).ReadOkAsync<PageOf<RelatedItem>>();

        Assert.Equal([SeedWithoutDate, Rewrite], related.Items.Where(r => r.SameStory).Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(related.Items.TakeWhile(r => r.SameStory), r => Assert.True(r.EntityScore > 0.3 && r.TextScore > 0));
        Assert.DoesNotContain(related.Items, r => r.Id == Unrelated);
        Assert.True(related.Items.SkipWhile(r => r.SameStory).All(r => !r.SameStory), "same-story articles come first");
    }

    [Fact]
    public async Task An_unknown_story_or_article_is_a_404_problem()
    {
        await (await _client.GetAsync("/stories/story-nothing")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/articles/nothing/related")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_a_400_naming_the_cursor()
    {
        var articles = await (await _client.GetAsync("/articles?limit=1")).ReadOkAsync<PageOf<ArticleItem>>();
        var cursor = articles.Next![(articles.Next!.IndexOf("cursor=", StringComparison.Ordinal) + 7)..];

        await (await _client.GetAsync($"/stories?cursor={cursor}")).ReadFieldErrorsAsync("cursor");
    }
}
