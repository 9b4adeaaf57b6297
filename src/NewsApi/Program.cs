using System.Diagnostics;
using NewsApi.Features.Articles;
using NewsApi.Features.Entities;
using NewsApi.Features.Health;
using NewsApi.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddNewsDatabase();
builder.Services.AddRequestValidation();
builder.Services.AddArticles();
builder.Services.AddEntities();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
    ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier);
builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
builder.Services.AddNewsApiSwagger();

var app = builder.Build();
app.UseExceptionHandler();   // a bug -> 500 problem+json, no stack trace
app.UseStatusCodePages();    // an unknown route (404) or wrong method (405) -> problem+json too
app.UseSwagger();
app.UseSwaggerUI();
app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
app.MapArticles();
app.MapEntities();
app.MapHealth();
app.Run();
