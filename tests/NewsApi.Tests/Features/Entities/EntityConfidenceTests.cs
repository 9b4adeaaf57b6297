using System.Net;
using NewsApi.Tests.Features.Stories;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

/// <summary>Issue 11: each entity says how sure the archive is of it, and lists can leave out names seen once.</summary>
public sealed class EntityConfidenceTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("people")]
    [InlineData("places")]
    public async Task MinArticles_lists_exactly_the_entities_named_in_that_many_articles_across_pages(string route)
    {
        var everyone = await WalkAsync($"/{route}?limit=100");
        var expected = everyone.Where(entity => entity.ArticleCount >= 2).ToList();
        Assert.NotEmpty(expected);
        Assert.Contains(everyone, entity => entity.ArticleCount == 1); // so the filter has something to leave out

        var filtered = await WalkAsync($"/{route}?minArticles=2&limit=2");

        Assert.Equal(expected, filtered);
        var first = await (await _client.GetAsync($"/{route}?minArticles=2&limit=2")).ReadOkAsync<PageOfCounted>();
        Assert.Equal(expected.Count, first.Total);
    }

    [Fact]
    public async Task Every_entity_has_a_confidence_between_0_and_1_in_lists_and_profiles()
    {
        var people = await WalkAsync("/people?limit=100");

        Assert.All(people, person => Assert.InRange(person.Confidence, 0.0, 1.0));
        Assert.Contains(people, person => person.Confidence > 0.5); // a ranking that says something, not all zeros
        var profile = await (await _client.GetAsync($"/people/{people[0].Id}")).ReadOkAsync<Listed>();
        Assert.Equal(people[0].Confidence, profile.Confidence, 6);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    [InlineData("1000001")]
    public async Task A_minArticles_that_is_not_a_whole_number_from_1_is_a_400_naming_it(string value)
    {
        var errors = await (await _client.GetAsync($"/people?minArticles={value}")).ReadFieldErrorsAsync("minArticles");

        Assert.Contains(errors, message => message.Contains("minArticles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cursor_of_one_minArticles_list_is_refused_by_another()
    {
        var page = await (await _client.GetAsync("/people?minArticles=2&limit=1")).ReadOkAsync<PageOf<Listed>>();
        Assert.NotNull(page.Next);
        var cursor = page.Next![(page.Next.IndexOf("cursor=", StringComparison.Ordinal) + 7)..].Split('&')[0];

        var response = await _client.GetAsync($"/people?minArticles=1&limit=1&cursor={cursor}");

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<List<Listed>> WalkAsync(string url)
    {
        var items = new List<Listed>();
        for (string? next = url; next is not null;)
        {
            var page = await (await _client.GetAsync(next)).ReadOkAsync<PageOf<Listed>>();
            items.AddRange(page.Items);
            next = page.Next;
        }

        return items;
    }

    private sealed record Listed(string Id, string Name, int ArticleCount, double Confidence);

    private sealed record PageOfCounted(List<Listed> Items, string? Next, int Total);
}
