using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsApi.Infrastructure;

/// <summary>A database that is missing, locked or not a database is an outage (503), not a bug (500).</summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteCantOpen or SqliteNotADatabase })
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = "The news database is unavailable", Detail = "Try again shortly." },
        });
    }
}
