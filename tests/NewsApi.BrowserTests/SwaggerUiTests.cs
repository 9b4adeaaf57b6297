using Microsoft.Playwright;
using NewsApi.BrowserTests.Support;

namespace NewsApi.BrowserTests;

public sealed class SwaggerUiTests(KestrelNewsApi api, HeadlessChromium chromium)
    : IClassFixture<KestrelNewsApi>, IClassFixture<HeadlessChromium>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Try_it_out_on_GET_people_shows_the_seed_people_in_the_response_panel()
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
        await listPeople.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await listPeople.Locator("tr[data-param-name='q'] input").FillAsync(""); // Try it out fills in the example search "Mun"
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
}
