using System.Text.Json;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Entities;

/// <summary>
/// GET /entities answers a short lookup from the word index (names starting with q, then names with a word starting with
/// q) and runs the full search (names containing q anywhere) only when that finds too few: the answer must not change.
/// </summary>
public sealed class EntityLookupTests(SeededNewsApi api) : IClassFixture<SeededNewsApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("ta", 2)]
    [InlineData("a", 3)]
    [InlineData("s", 5)]
    [InlineData("i", 1)]
    [InlineData("shehbaz sh", 1)]
    public async Task A_short_lookup_is_the_start_of_the_full_one(string q, int limit)
    {
        var full = await LookupAsync($"/entities?q={Uri.EscapeDataString(q)}&limit=100");

        var first = await LookupAsync($"/entities?q={Uri.EscapeDataString(q)}&limit={limit}");

        Assert.Equal(full.Take(limit), first);
    }

    [Fact]
    public async Task A_lookup_finds_a_name_by_the_start_of_its_second_word()
    {
        var matches = await LookupAsync("/entities?q=delhi");

        Assert.Equal([("New Delhi", "New Delhi")], matches.Select(match => (match.Name, match.MatchedAlias)));
    }

    [Fact]
    public async Task A_lookup_finds_a_name_by_text_inside_a_word()
    {
        var matches = await LookupAsync("/entities?q=elhi");

        Assert.Equal([("New Delhi", "New Delhi")], matches.Select(match => (match.Name, match.MatchedAlias)));
    }

    [Fact]
    public async Task A_lookup_ranks_a_name_starting_with_q_before_one_with_a_later_word_starting_with_q()
    {
        var matches = await LookupAsync("/entities?q=ta&limit=2");

        Assert.Equal(["Tariq Fatemi", "Attaullah Tarar"], matches.Select(match => match.Name));
    }

    [Theory]
    [InlineData("a")]     // the first page from the word index
    [InlineData("elhi")]  // the full search
    public async Task The_lookup_is_a_list_like_every_other_with_items_next_and_a_total_that_a_walk_confirms(string q)
    {
        var first = await (await _client.GetAsync($"/entities?q={q}&limit=2")).ReadOkAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, first.GetProperty("items").ValueKind);
        var total = first.GetProperty("total").GetInt32();

        var walked = new List<EntityItem>();
        for (string? next = $"/entities?q={q}&limit=2"; next is not null;)
        {
            var page = await (await _client.GetAsync(next)).ReadOkAsync<PageOf<EntityItem>>();
            walked.AddRange(page.Items);
            next = page.Next;
        }

        Assert.Equal(total, walked.Count);
        Assert.Equal(await LookupAsync($"/entities?q={q}&limit=100"), walked);
    }

    private async Task<List<EntityItem>> LookupAsync(string url) => (await (await _client.GetAsync(url)).ReadOkAsync<PageOf<EntityItem>>()).Items;
}
