using Coordination.Core.Chat;

namespace Coordination.Bot.Api;

/// <summary>Who called the API: the workspace its token belongs to (which scopes every query) and the token's creator.</summary>
public sealed record ApiCaller(Guid WorkspaceId, ChatPlatform Platform, string WorkspaceExternalId, Guid TokenId, Guid CreatedById)
{
    private const string ItemKey = "coordination-api-caller";

    public static ApiCaller Of(HttpContext http) =>
        http.Items[ItemKey] as ApiCaller ?? throw new InvalidOperationException("The API's token filter did not run for this endpoint.");

    internal void Attach(HttpContext http) => http.Items[ItemKey] = this;
}
