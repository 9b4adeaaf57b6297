using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsApi.Infrastructure;

/// <summary>
/// A database that is missing, locked, damaged or not a database is an outage (503), not a bug (500); so is a query
/// stopped at its time limit (<see cref="NewsDatabase"/>): the caller may retry, perhaps with a narrower search. The
/// start-up check refuses a file it can see is unusable; damage deeper in the file shows only when a query reads it.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteInterrupt = 9;
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (title, detail) = exception switch
        {
            SqliteException { SqliteErrorCode: SqliteInterrupt } =>
                ("The query took too long", "The database stopped this query at its time limit. Try a narrower search."),
            SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase } =>
                ("The news database is unavailable", "Try again shortly."),
            _ => (null, null),
        };
        if (title is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }
}
