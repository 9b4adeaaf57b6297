using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Stories;

public sealed class SeedStoryTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    [Fact]
    public async Task The_two_seed_documents_alone_form_one_story()
    {
        var client = api.CreateClient();

        var story = Assert.Single((await (await client.GetAsync("/stories")).ReadOkAsync<PageOf<StoryItem>>()).Items);

        var detail = await (await client.GetAsync($"/stories/{story.Id}")).ReadOkAsync<Story>();
        Assert.Equal([StoryCorpusApi.SeedWithoutDate, StoryCorpusApi.SeedWithDate], detail.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
    }
}
