using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Ingestion;

namespace NewsApi.BrowserTests.Support;

/// <summary>
/// The API on real Kestrel, on a free port of the loopback interface only, over a temp database seeded from the
/// bundled documents: what a browser or a raw socket talks to, with Kestrel's own limits in force.
/// </summary>
public sealed class KestrelNewsApi : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsapi-browser-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await DatabaseSetup.EnsureCreatedAndSeededAsync(DatabasePath, DocumentsPath, CancellationToken.None);
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
    }

    private string DatabasePath => Path.Combine(_directory, "news.db");

    private static string DocumentsPath => Path.Combine(AppContext.BaseDirectory, "documents");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("NewsDatabase:Path", DatabasePath);
        builder.UseSetting("NewsDatabase:DocumentsPath", DocumentsPath);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
