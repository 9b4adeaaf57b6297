using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Features.Stories;

public sealed class PagingAndExportTests(StoryCorpusApi api) : IClassFixture<StoryCorpusApi>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("oldest")]
    [InlineData("newest")]
    public async Task Walking_the_cursors_one_article_at_a_time_returns_every_article_once_in_date_order(string sort)
    {
        var everything = await (await _client.GetAsync($"/articles?sort={sort}&limit=100")).ReadOkAsync<PageOf<ArticleItem>>();
        var walked = new List<ArticleItem>();
        string? link = $"/articles?sort={sort}&limit=1";
        var pages = 0;
        while (link is not null)
        {
            var response = await _client.GetAsync(link);
            var page = await response.ReadOkAsync<PageOf<ArticleItem>>();
            Assert.Equal(page.Next is not null, response.Headers.Contains("Link"));
            walked.AddRange(page.Items);
            link = page.Next;
            pages++;
        }

        Assert.Equal(5, walked.Count);
        Assert.Equal(walked.Count, pages);
        Assert.Equal(walked.Count, walked.Select(a => a.Id).Distinct().Count());
        Assert.Equal(everything.Items.Select(a => a.Id), walked.Select(a => a.Id));
        var dated = walked.Where(a => a.Published is not null).Select(a => a.Published!).ToList();
        Assert.Equal(sort == "oldest" ? dated.Order(StringComparer.Ordinal) : dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.Null(walked[^1].Published); // undated last
    }

    [Theory]
    [InlineData("/articles")]
    [InlineData("/articles?q=Munir")]
    [InlineData("/people")]
    [InlineData("/places")]
    [InlineData("/stories")]
    [InlineData("/people/syed-asim-munir/articles")]
    [InlineData("/articles/001-5bc9951281a706f7/related")]
    public async Task Csv_and_ndjson_exports_have_as_many_rows_as_the_json_list(string list)
    {
        var json = await WalkAsync(list + (list.Contains('?') ? "&" : "?") + "limit=1");
        var separator = list.Contains('?') ? "&" : "?";

        var csv = await _client.GetAsync($"{list}{separator}format=csv&limit=1");
        var ndjson = await _client.GetAsync($"{list}{separator}format=ndjson&limit=1");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/x-ndjson", ndjson.Content.Headers.ContentType?.MediaType);
        Assert.False(csv.Headers.Contains("Link"));
        var csvLines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var ndjsonLines = (await ndjson.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(json.Count + 1, csvLines.Length); // a header line, then one line per row
        Assert.Equal(json.Select(row => row.GetProperty("id").GetString()), ndjsonLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
        Assert.StartsWith("id,", csvLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stories")]
    [InlineData("/entities/syed-asim-munir/related")]
    [InlineData("/articles/001-5bc9951281a706f7/related")]
    [InlineData("/people")]
    [InlineData("/people/syed-asim-munir/articles")]
    public async Task The_total_on_the_first_page_is_exact_and_equals_the_rows_of_a_walk(string list)
    {
        var first = await (await _client.GetAsync($"{list}?limit=1")).ReadOkAsync<JsonElement>();

        var walked = await WalkAsync($"{list}?limit=1");

        Assert.Equal(walked.Count, first.GetProperty("total").GetInt32());
        Assert.True(first.GetProperty("totalExact").GetBoolean());
    }

    [Fact]
    public async Task An_accept_header_of_text_csv_gets_csv()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/people");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_naming_format()
    {
        await (await _client.GetAsync("/articles?format=xml")).ReadFieldErrorsAsync("format");
    }

    private async Task<List<JsonElement>> WalkAsync(string link)
    {
        var rows = new List<JsonElement>();
        for (string? next = link; next is not null;)
        {
            var page = await (await _client.GetAsync(next)).ReadOkAsync<PageOf<JsonElement>>();
            rows.AddRange(page.Items);
            next = page.Next;
        }

        return rows;
    }
}
