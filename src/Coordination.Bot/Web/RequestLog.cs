using System.Diagnostics;

namespace Coordination.Bot.Web;

/// <summary>
/// One line per request with its path and never its query string (where an admin token may be), in place of
/// ASP.NET Core's own "Request starting/finished" lines, which carry the full URL and are filtered out.
/// </summary>
public static class RequestLog
{
    /// <summary>ASP.NET Core's request logging category, filtered out at every level.</summary>
    public const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IServiceCollection AddCoordinationRequestLog(this IServiceCollection services) =>
        services.AddLogging(logging => logging.AddFilter(HostingCategory, LogLevel.None));

    public static IApplicationBuilder UseCoordinationRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog).FullName!);
        return app.Use(async (context, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                await next(context);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                Log.RequestAnswered(logger, context.Request.Method, context.Request.PathBase + context.Request.Path, context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }
}
