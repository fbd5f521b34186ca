using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Teams.Inbound;

/// <summary>
/// The message action "Follow up on this" (<c>composeExtensions</c> command <see cref="CommandId"/>): the
/// <c>composeExtension/fetchTask</c> invoke asks for its form, <c>composeExtension/submitAction</c> sends it back. The
/// request goes in the message's thread: a channel post's own, the thread a reply is in, or the chat itself.
/// </summary>
public static partial class TeamsMessageActions
{
    public const string CommandId = "followUp";
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";

    /// <summary>Whether the activity is one of this action's invokes.</summary>
    public static bool IsMessageAction(TeamsActivity activity) =>
        activity is { Type: TeamsActivity.Invoke, Name: FetchTask or SubmitAction };

    /// <summary>The form to open about the message, or <c>null</c> when the invoke is not this action on a message.</summary>
    public static FollowUpCommand? FromFetchTask(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Value(activity) is { } value && Context(activity, value) is { } context
            ? new FollowUpCommand(context, Payload(value) is { } message ? Readable(message) : null)
            : null;
    }

    /// <summary>The submitted form (its inputs beside its kind and state) with the link to the message, or <c>null</c>.</summary>
    public static SubmitFormCommand? FromSubmitAction(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Value(activity) is not { } value || Context(activity, value) is not { } context
            || !value.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || Text(data, "form") != FollowUpForm.Kind || FormState.Parse(Text(data, "state")) is not { } state)
        {
            return null;
        }

        var values = data.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("form" or "state"))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var link = Payload(value) is { } message && Text(message, "linkToMessage") is { } url && IsTeamsLink(url) ? url : null;

        // The form acts in the thread it was opened for, whatever the state claims: the invoke names the message.
        return new SubmitFormCommand(context, FollowUpForm.Kind, state with { Where = context.Where }, FollowUpForm.WithSource(values, link));
    }

    /// <summary>The message's HTML body as a person reads it: mentions as <c>@Name</c>, tags dropped, entities decoded.</summary>
    public static string Readable(JsonElement message)
    {
        var html = message.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object ? Text(body, "content") ?? string.Empty : string.Empty;
        var text = Tag().Replace(AtMention().Replace(html, m => "@" + m.Groups["name"].Value), " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    private static JsonElement? Value(TeamsActivity activity) =>
        IsMessageAction(activity) && activity.Value is { ValueKind: JsonValueKind.Object } value
        && Text(value, "commandId") == CommandId && Text(value, "commandContext") == "message"
            ? value
            : null;

    private static JsonElement? Payload(JsonElement value) =>
        value.TryGetProperty("messagePayload", out var message) && message.ValueKind == JsonValueKind.Object ? message : null;

    /// <summary>The sender, and the thread of the message the action was used on.</summary>
    private static CommandContext? Context(TeamsActivity activity, JsonElement value)
    {
        if ((activity.TenantId, activity.From?.Id, activity.Conversation) is not ({ Length: > 0 } tenant, { Length: > 0 } user, { BaseId: { Length: > 0 } conversation } chat))
        {
            return null;
        }

        var message = Payload(value);
        var root = (message is { } m ? Text(m, "replyToId") : null) ?? chat.ThreadRootId ?? (message is { } p ? Text(p, "id") : null);
        var where = chat.ConversationType == TeamsConversation.Channel && root is not null ? new ThreadRef(conversation, root) : new ThreadRef(conversation, conversation);
        return new CommandContext(ChatPlatform.Teams, tenant, new PersonRef(user, activity.From.Name, activity.From.AadObjectId), where);
    }

    private static bool IsTeamsLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host == "teams.microsoft.com";

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    [GeneratedRegex(@"<at[^>]*>(?<name>[^<]*)</at>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtMention();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
