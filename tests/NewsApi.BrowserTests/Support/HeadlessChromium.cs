using Microsoft.Playwright;

namespace NewsApi.BrowserTests.Support;

/// <summary>
/// Debian's chromium driven by Playwright. Nothing is downloaded: Playwright's node driver comes in its NuGet package
/// and the browser is the system one (.ci/run installs it with apt-get).
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    private const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"No browser at {ExecutablePath}: install it with 'apt-get install -y chromium' (as .ci/run does).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
