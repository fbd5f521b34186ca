using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Bot.Endpoints;
using Coordination.Bot.Home;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Home;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;

namespace Coordination.Bot.Teams;

/// <summary>
/// The "Waiting on you" card in a person's personal chat: sent as the welcome when they add the app and when they
/// write <c>home</c> there; Teams' refresh of it (and a press on it) is answered with the card of whoever is looking.
/// </summary>
/// <remarks>The connector is looked up only to send: without Teams configured there is none, and nothing to send to.</remarks>
public sealed class TeamsHome(HomeBuilder homes, IServiceProvider services, TimeProvider time, ILogger<TeamsHome> logger)
{
    /// <summary>The app was just added to a person's personal chat (the bot is among the members added).</summary>
    public static bool WelcomesInPersonal(TeamsActivity activity) =>
        activity is { Type: TeamsActivity.ConversationUpdate, Conversation.ConversationType: TeamsConversation.Personal, Recipient.Id: { } bot }
        && (activity.MembersAdded ?? []).Any(m => m.Id == bot);

    /// <summary>An invoke from the Home card: its refresh (verb <c>home</c>) or one of its buttons.</summary>
    public static bool IsHomeAction(TeamsActivity activity) =>
        activity is { Type: TeamsActivity.Invoke, Name: TeamsActivity.CardActionInvoke, Value: { ValueKind: JsonValueKind.Object } value }
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && ((action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String && verb.GetString() == HomeActions.Show)
            || (action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty(AdaptiveHomeCard.HomeData, out var home) && home.ValueKind == JsonValueKind.True));

    /// <summary>Sends the sender's Home card into the conversation the activity came from.</summary>
    public async Task SendAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if ((activity.TenantId, activity.From?.Id, activity.Conversation?.Id, activity.ServiceUrl) is not ({ } tenant, { } user, { } conversation, { } service)
            || !Uri.TryCreate(service, UriKind.Absolute, out var serviceUrl)
            || services.GetService<ConnectorClient>() is not { } connector)
        {
            return;
        }

        var home = await homes.ForAsync(ChatPlatform.Teams, tenant, user, activity.From?.Name, time.GetUtcNow(), cancellationToken);
        var sent = await connector.SendActivityAsync(serviceUrl, conversation, AdaptiveHomeCard.Activity(home), cancellationToken);
        if (!sent.Ok)
        {
            Log.TeamsHomeFailed(logger, user, tenant, sent.Error);
        }
    }

    /// <summary>Acts on a press of the card's buttons (for the presser, where they may), then answers with the presser's Home card.</summary>
    public async Task<IResult> AnswerAsync(TeamsInbox inbox, TeamsActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbox);
        if ((activity.TenantId, activity.From?.Id) is not ({ } tenant, { } user))
        {
            return Results.BadRequest("No tenant or user in the activity.");
        }

        if (TeamsInboundParser.FromActivity(activity) is { } command and not HomeCommand)
        {
            await inbox.Commands.HandleAsync(inbox.Admins.Vouch(command, activity), cancellationToken);
        }

        var home = await homes.ForAsync(ChatPlatform.Teams, tenant, user, activity.From?.Name, time.GetUtcNow(), cancellationToken);
        return Results.Json(new JsonObject { ["statusCode"] = 200, ["type"] = AdaptiveCardRenderer.CardContentType, ["value"] = AdaptiveHomeCard.Render(home) });
    }
}
