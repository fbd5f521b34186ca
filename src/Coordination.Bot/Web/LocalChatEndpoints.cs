namespace Coordination.Bot.Web;

/// <summary>The local chat page at <c>/</c> and its API under <c>/local</c>.</summary>
public static class LocalChatEndpoints
{
    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Content("<!doctype html><title>Coordination</title><p>The local chat is coming.</p>", "text/html; charset=utf-8")).RequireWebAccess();
        return endpoints;
    }
}
