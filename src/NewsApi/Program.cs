using NewsApi.Features.Articles;
using NewsApi.Features.Entities;
using NewsApi.Features.Health;
using NewsApi.Features.Stories;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Security;
using NewsApi.Storage;

SqliteProcessSettings.Apply(); // before any connection: SQLite takes it only then
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseNewsApiServerLimits();
builder.Services.AddNewsDatabase();
builder.Services.AddRequestValidation();
builder.Services.AddArticles();
builder.Services.AddEntities();
builder.Services.AddStories();
builder.Services.AddProblemJson();   // every error is problem+json with a traceId, whatever the Accept header
builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
builder.Services.AddClientRateLimiting();
builder.Services.AddDatabaseWorkLimits();
builder.Services.AddTrustedForwardedHeaders();
builder.Services.AddConfiguredCors();
builder.Services.AddNewsApiSwagger();
builder.Services.AddServerResponseCache();

try
{
    // Building the pipeline reads the settings, so a bad one stops the start here, before anything listens.
    var app = builder.Build();
    app.UseTrustedForwardedHeaders(); // the client's address, when a listed proxy forwards it
    app.UseSecurityHeaders();
    app.UseHeadAsGet();          // HEAD answers like GET, without the body (errors included)
    app.UseExceptionHandler();   // a bug -> 500 problem+json, no stack trace, in every environment
    app.UseStatusCodePages();    // an unknown route (404) or wrong method (405) -> problem+json too
    app.UseRequestSizeLimits();  // 414 and 431 problems
    app.UseRouting();
    app.UseConfiguredCors();     // before the limiter, so a browser can read a 429 too
    app.UseRateLimiter();        // per client, each request charged its cost
    app.UseDataVersionCaching(); // ETag from the seeder's data version, 304 on If-None-Match
    app.UseServerResponseCache(); // repeated GETs of the same data version answered from memory
    app.UseDatabaseWorkLimits(); // a few queries at a time, a short queue, then 503
    app.UseNewsApiSwagger();     // the OpenAPI document and Swagger UI, "Try it out" on
    app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription().WithoutDatabase();
    app.MapGet(DocumentOutline.LicencePath, () => TypedResults.Text(DocumentOutline.LicenceText)).ExcludeFromDescription().WithoutDatabase();
    app.MapArticles();
    app.MapEntities();
    app.MapStories();
    app.MapHealth();

    await app.RunAsync();
    return 0;
}
catch (UnusableDatabaseException exception)
{
    // The start-up check's message names the file and the problem; a stack trace would only bury it.
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}
catch (Exception exception) when (InvalidSettings.Describe(exception) is { } problem)
{
    // "--NewsDatabase:MemoryMapMiB=-5", "--ResponseCache:Enabled=maybe": which setting and why, not a stack trace.
    await Console.Error.WriteLineAsync(problem);
    return 2;
}
