using System.Text.Json.Nodes;
using Coordination.Core.Chat;

namespace Coordination.Teams.Outbound;

/// <summary>
/// Files in Teams' personal chat: the file consent card that asks the person first (its accept and decline carry the
/// offer's context back in a <c>fileConsent/invoke</c>), and the file info card that shows the file once uploaded.
/// </summary>
public static class TeamsFileCards
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>The name of the invoke that carries the person's accept or decline.</summary>
    public const string ConsentInvoke = "fileConsent/invoke";

    /// <summary>A conversation id of a personal chat with the bot (<c>a:…</c>), the only place Teams takes a bot's file.</summary>
    public static bool IsPersonalConversation(string? conversationId) => conversationId?.StartsWith("a:", StringComparison.Ordinal) == true;

    /// <summary>What is said where a file was asked for when its offer could not reach the person's personal chat.</summary>
    public static OutgoingMessage NoPersonalChat(OutgoingMessage offered, ThreadRef askedIn)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var text = $"I could not send you {offered.Offer?.Name}: Teams takes a bot's file only in a personal chat, "
            + "never in a channel or group chat, and you have no personal chat with Coordination yet. "
            + "Add Coordination for yourself (Apps, then Coordination, then Add), then ask for the export again.";
        return offered with
        {
            Destination = MessageDestination.InThread(askedIn),
            Text = text,
            Mentions = [],
            Offer = null,
        };
    }

    public static JsonObject Consent(FileOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new JsonObject
        {
            ["contentType"] = ConsentContentType,
            ["name"] = offer.Name,
            ["content"] = new JsonObject
            {
                ["description"] = offer.Description,
                ["sizeInBytes"] = offer.SizeInBytes,
                ["acceptContext"] = new JsonObject { ["offer"] = offer.Context },
                ["declineContext"] = new JsonObject { ["offer"] = offer.Context },
            },
        };
    }

    public static JsonObject Info(SharedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new JsonObject
        {
            ["contentType"] = InfoContentType,
            ["contentUrl"] = file.ContentUrl,
            ["name"] = file.Name,
            ["content"] = new JsonObject { ["uniqueId"] = file.UniqueId, ["fileType"] = file.FileType },
        };
    }

    /// <summary>Adds the offer's or the shared file's card to <paramref name="activity"/>'s attachments, when the message has one.</summary>
    public static void AddTo(JsonObject activity, OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(message);
        var card = message.Offer is { } offer ? Consent(offer) : message.Shared is { } shared ? Info(shared) : null;
        if (card is null)
        {
            return;
        }

        if (activity["attachments"] is JsonArray attachments)
        {
            attachments.Add(card);
        }
        else
        {
            activity["attachments"] = new JsonArray(card);
        }
    }
}
