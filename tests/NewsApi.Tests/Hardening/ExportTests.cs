using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NewsApi.Tests.Support;

namespace NewsApi.Tests.Hardening;

/// <summary>CSV and NDJSON exports of lists many pages long, over the real pipeline with the response cache on.</summary>
[Collection(SharedArchive.Name)]
public sealed class ExportTests(ArchiveNewsApi api)
{
    private const int AllArticles = ArchiveNewsApi.Articles + 5; // with the hostile headlines

    [Theory]
    [InlineData("/articles?format=csv", null)]
    [InlineData("/articles?format=ndjson", null)]
    [InlineData("/articles", "text/csv")]
    [InlineData("/articles", "application/x-ndjson")]
    [InlineData("/articles?sort=oldest&format=ndjson", null)]
    public async Task An_export_of_more_than_ten_pages_has_every_row_once(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await api.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Link"));
        var ids = await ExportedIdsAsync(response);
        Assert.Equal(AllArticles, ids.Count);
        Assert.Equal(AllArticles, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("application/json, text/csv;q=0.5")]
    [InlineData("text/csv;q=0")]
    [InlineData("text/csv;q=0.2, */*;q=0.8")]
    public async Task An_accept_header_that_ranks_json_first_gets_a_json_page_not_an_export(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles?limit=5");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await api.CreateClient().SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var page = await response.ReadOkAsync<JsonElement>();
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_entitys_article_export_has_as_many_rows_as_its_article_count()
    {
        var client = api.CreateClient();
        var person = await (await client.GetAsync("/people/amara-okonkwo")).ReadOkAsync<JsonElement>();
        Assert.True(person.GetProperty("articleCount").GetInt32() > 100);

        using var response = await client.GetAsync("/people/amara-okonkwo/articles?format=ndjson", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(person.GetProperty("articleCount").GetInt32(), (await ExportedIdsAsync(response)).Distinct().Count());
    }

    [Fact]
    public async Task Csv_cells_a_spreadsheet_would_run_as_formulas_are_written_as_text()
    {
        var client = api.CreateClient();

        var rows = ParseCsv(await client.GetStringAsync("/articles?format=csv"));
        var json = await (await client.GetAsync("/articles?q=HYPERLINK")).ReadOkAsync<PageOf<ArticleItem>>();

        var headline = rows[0].IndexOf("headline");
        var headlines = rows.Skip(1).Select(row => row[headline]).ToList();
        Assert.All(ArchiveNewsApi.HostileHeadlines, hostile => Assert.Contains("'" + hostile, headlines));
        var formulas = rows.Skip(1).SelectMany(row => row).Where(cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _)).ToList();
        Assert.Empty(formulas);
        // The text itself is unchanged everywhere else.
        Assert.Contains(json.Items, article => article.Headline == ArchiveNewsApi.HostileHeadlines[0]);
    }

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks, "" for a quote.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>> { new() };
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                rows[^1].Add(field.ToString());
                field.Clear();
                if (c == '\r')
                {
                    i++;
                    rows.Add([]);
                }
            }
            else
            {
                field.Append(c);
            }
        }

        return rows.Where(row => row.Count > 0).ToList();
    }

    /// <summary>The id column of a CSV export (after its header line) or the id of each NDJSON line.</summary>
    public static async Task<List<string>> ExportedIdsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.Content.Headers.ContentType?.MediaType switch
        {
            "text/csv" => body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).ToList(),
            "application/x-ndjson" => body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList(),
            var other => throw new InvalidOperationException($"not an export: {other}"),
        };
    }
}
