using System.Security;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coordination.Core.Chat;

namespace Coordination.Teams.Outbound;

/// <summary>
/// Turns a neutral <see cref="OutgoingMessage"/> into a Bot Framework <c>message</c> activity for Teams. The text's
/// <c>&lt;@29:…&gt;</c> mentions become <c>&lt;at&gt;Name&lt;/at&gt;</c> with a matching <c>mention</c> entity, date
/// tokens their fallback, Slack's <c>*bold*</c> markdown's <c>**bold**</c>. Without buttons the activity carries the
/// text (markdown) and the entities; with buttons (or an image) it carries one Adaptive Card instead of text (text beside
/// a card makes Teams split the message and lose its id): a wrapped <c>TextBlock</c>, the image below it, the mentions in
/// <c>msteams.entities</c>, and one <c>Action.Execute</c> per button (<c>verb</c> = the action, <c>data</c> =
/// <c>{action, key}</c>). A file that is not an image rides beside the text or card as an attachment
/// (<see cref="AdaptiveCardFiles"/>).
/// Buttons for several
/// requests (a list, like the morning summary) come as one <c>ActionSet</c> per request in the body, so each request's
/// row is whole where Teams would fold a long action bar.
/// </summary>
public static partial class AdaptiveCardRenderer
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string CardVersion = "1.5";
    public const string CardSchema = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Set in the data of a button from a list of several requests (the morning summary), whose card stays as it is.</summary>
    public const string ListedData = "listed";

    /// <summary>The activity to send (or to PUT over an earlier one).</summary>
    public static JsonObject Render(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var file = AdaptiveCardFiles.Inline(message);
        var activity = message.Buttons.Count > 0 || message.Form is not null || file is { IsImage: true }
            ? CardActivity(message)
            : TextActivity(message);
        if (file is { IsImage: false })
        {
            if (activity["attachments"] is JsonArray attachments)
            {
                attachments.Add(AdaptiveCardFiles.Attachment(file));
            }
            else
            {
                activity["attachments"] = new JsonArray(AdaptiveCardFiles.Attachment(file));
            }
        }

        TeamsFileCards.AddTo(activity, message);
        return activity;
    }

    /// <summary>The Adaptive Card alone (e.g. for the answer to an <c>adaptiveCard/action</c> invoke).</summary>
    public static JsonObject RenderCard(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (text, entities) = RenderText(message);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = CardSchema,
            ["version"] = CardVersion,
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        };
        if (AdaptiveCardFiles.Inline(message) is { IsImage: true } image)
        {
            card["body"]!.AsArray().Add(AdaptiveCardFiles.Image(image));
        }

        if (message.Form is { } form)
        {
            AdaptiveCardForms.AddTo(card, form);
        }
        else if (message.Buttons.GroupBy(b => b.Value, StringComparer.Ordinal).ToList() is { Count: > 1 } rows)
        {
            // A list of requests: a row of buttons per request, under the text, each press marked as from a list.
            foreach (var row in rows)
            {
                card["body"]!.AsArray().Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. row.Select(b => Action(b, listed: true))]) });
            }
        }
        else if (message.Buttons.Count > 0)
        {
            card["actions"] = new JsonArray([.. message.Buttons.Select(b => Action(b, listed: false))]);
        }

        card["msteams"] = new JsonObject { ["width"] = "Full", ["entities"] = entities };
        return card;
    }

    /// <summary>
    /// The text as Teams shows it, and a <c>mention</c> entity for each mentioned person whose token it holds. A token
    /// without a <see cref="Mention"/>, a typed <c>&lt;at&gt;</c> tag and any other markup are only words
    /// (<see cref="TeamsSafeText"/>).
    /// </summary>
    public static (string Text, JsonArray Entities) RenderText(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mentioned = message.Mentions.Select(m => m.PlatformUserId).ToHashSet(StringComparer.Ordinal);
        var text = Markdown(TeamsSafeText.Of(ChatText.WithoutDates(message.Text), mentioned));
        if (AdaptiveCardFiles.LeftOutNote(message) is { } note)
        {
            text += "\n\n" + note;
        }

        var entities = new JsonArray();
        foreach (var mention in message.Mentions.DistinctBy(m => m.PlatformUserId, StringComparer.Ordinal))
        {
            if (!text.Contains(mention.Token, StringComparison.Ordinal))
            {
                continue;
            }

            var at = AtTag(mention.DisplayName);
            text = text.Replace(mention.Token, at, StringComparison.Ordinal);
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = at,
                ["mentioned"] = new JsonObject { ["id"] = mention.PlatformUserId, ["name"] = mention.DisplayName },
            });
        }

        return (text, entities);
    }

    /// <summary><c>&lt;at&gt;Name&lt;/at&gt;</c> with the name XML-escaped.</summary>
    public static string AtTag(string displayName) => $"<at>{SecurityElement.Escape(displayName)}</at>";

    private static JsonObject CardActivity(OutgoingMessage message) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = CardContentType, ["content"] = RenderCard(message) }),
    };

    private static JsonObject TextActivity(OutgoingMessage message)
    {
        var (text, entities) = RenderText(message);
        return new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["textFormat"] = "markdown",
            ["entities"] = entities,
        };
    }

    /// <summary>Slack's <c>*bold*</c> as markdown's <c>**bold**</c>; single line breaks as paragraph breaks, which Teams keeps.</summary>
    private static string Markdown(string text)
    {
        var bold = SlackBold().Replace(text, "**${inner}**");
        return LoneNewline().Replace(bold.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n");
    }

    private static JsonObject Action(MessageButton button, bool listed)
    {
        var data = new JsonObject { ["action"] = button.Action, ["key"] = button.Value };
        if (listed)
        {
            data[ListedData] = true;
        }

        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = button.Label,
            ["verb"] = button.Action,
            ["data"] = data,
        };
    }

    [GeneratedRegex(@"(?<![\w*])\*(?<inner>[^\s*](?:[^*\n]*[^\s*])?)\*(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex SlackBold();

    [GeneratedRegex(@"(?<!\n)\n(?!\n)", RegexOptions.CultureInvariant)]
    private static partial Regex LoneNewline();
}
