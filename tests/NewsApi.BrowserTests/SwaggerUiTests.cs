using Microsoft.Playwright;
using NewsApi.BrowserTests.Support;

namespace NewsApi.BrowserTests;

public sealed class SwaggerUiTests(KestrelNewsApi api, HeadlessChromium chromium)
    : IClassFixture<KestrelNewsApi>, IClassFixture<HeadlessChromium>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Try_it_out_is_on_and_GET_people_shows_the_seed_people_in_the_response_panel()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var blockedByPolicy = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blockedByPolicy.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(api.BaseAddress, "/").ToString()); // the root redirects to Swagger UI
        var listPeople = page.Locator("#operations-People-ListPeople");
        await listPeople.Locator(".opblock-summary").ClickAsync();
        // "Try it out" is on from the start: the form is editable and filled with the example search "Mun".
        await listPeople.Locator("tr[data-param-name='q'] input").FillAsync("");
        await listPeople.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var responseBody = listPeople.Locator(".live-responses-table .response-col_description pre").First;
        await Assertions.Expect(responseBody).ToContainTextAsync("Syed Asim Munir");
        var body = await responseBody.InnerTextAsync();
        foreach (var person in new[] { "Shehbaz Sharif", "Ilham Aliyev", "Mohammad Ishaq Dar", "Attaullah Tarar", "Tariq Fatemi" })
        {
            Assert.Contains(person, body, StringComparison.Ordinal);
        }

        Assert.Equal("200", (await listPeople.Locator(".live-responses-table tr.response .response-col_status").First.InnerTextAsync()).Trim());
        Assert.Empty(blockedByPolicy); // the Content-Security-Policy lets Swagger UI run as it is
    }

    [Fact]
    public async Task Operations_are_listed_in_the_order_of_the_README_table_with_grammatical_summaries()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Patience.TotalMilliseconds);

        await page.GotoAsync(new Uri(api.BaseAddress, "/swagger").ToString());
        await Assertions.Expect(page.Locator(".opblock").First).ToBeVisibleAsync();
        var paths = await page.Locator(".opblock-summary-path").AllInnerTextsAsync();
        var summaries = await page.Locator(".opblock-summary-description").AllInnerTextsAsync();

        Assert.Equal(
            ["/articles", "/articles/{id}", "/articles/{id}/entities", "/articles/{id}/related", "/people", "/people/{id}"],
            paths.Select(path => path.Replace("\u200b", "", StringComparison.Ordinal).Trim()).Take(6));
        Assert.Equal("/health/live", paths[^1].Replace("\u200b", "", StringComparison.Ordinal).Trim());
        Assert.Contains("Get an organisation: names, roles, article count, first and last seen.", summaries);
        Assert.DoesNotContain(summaries, summary => summary.Contains(" a organisation", StringComparison.Ordinal));
    }
}
