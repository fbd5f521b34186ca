using System.Net;
using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Slack.Inbound;

/// <summary>
/// The two shortcuts: "Follow up on this" on a message (its thread becomes the request's) and the global "New
/// coordination request" (a channel to choose); and the submitted form's link back to the message.
/// </summary>
public static partial class SlackShortcutParser
{
    /// <summary>The form a shortcut opens, or <c>null</c> when the payload is no shortcut of this app's.</summary>
    public static FollowUpCommand? FromShortcut(BlockActionsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload is not { Team.Id: { } team, User.Id: { } user })
        {
            return null;
        }

        var actor = new PersonRef(user, payload.User.Name ?? payload.User.Username);
        return (payload.Type, payload.CallbackId) switch
        {
            (BlockActionsPayload.MessageAction, SlackShortcuts.FollowUpMessage) when (payload.Channel?.Id, payload.MessageTs ?? payload.Message?.Ts) is ({ } channel, { } ts) =>
                new FollowUpCommand(Context(team, actor, new ThreadRef(channel, payload.Message?.ThreadTs ?? ts)), Readable(payload.Message?.Text)),
            (BlockActionsPayload.Shortcut, SlackShortcuts.NewRequest) => new FollowUpCommand(Context(team, actor, new ThreadRef(user, null)), ChooseChannel: true),
            _ => null,
        };
    }

    /// <summary>
    /// A submitted follow-up form with the link to the message it is about (built from the team's domain, the channel
    /// and the thread's ts: no API call), acting in the channel it chose; any other form as it is.
    /// </summary>
    public static SubmitFormCommand Vouched(SubmitFormCommand form, BlockActionsPayload payload)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(payload);
        if (form.Kind != FollowUpForm.Kind)
        {
            return form;
        }

        var link = form.State.Where.ThreadId is { } ts ? Permalink(payload.Team?.Domain, form.State.Where.Channel, ts) : null;
        return FollowUpForm.Placed(form with { Values = FollowUpForm.WithSource(form.Values, link) });
    }

    /// <summary><c>https://&lt;domain&gt;.slack.com/archives/&lt;channel&gt;/p&lt;ts without the dot&gt;</c>, or <c>null</c> when a part is not what Slack sends.</summary>
    public static string? Permalink(string? domain, string channel, string ts) =>
        domain is not null && DomainPattern().IsMatch(domain) && ChannelPattern().IsMatch(channel) && TsPattern().IsMatch(ts)
            ? $"https://{domain}.slack.com/archives/{channel}/p{ts.Replace(".", string.Empty, StringComparison.Ordinal)}"
            : null;

    /// <summary>
    /// A message's mrkdwn as a person reads it: channels as <c>#name</c>, links as their label, <c>&lt;!here&gt;</c> as
    /// <c>@here</c>, entities decoded; people stay <c>&lt;@ID&gt;</c> for the engine to name.
    /// </summary>
    public static string Readable(string? text)
    {
        var readable = Markup().Replace(text ?? string.Empty, m => m.Groups["body"].Value switch
        {
            ['@', ..] => m.Value,
            ['#', .. var channel] => "#" + (channel.Split('|') is [_, { Length: > 0 } name] ? name : channel),
            ['!', .. var special] => "@" + special.Split('|')[0].Split('^')[0],
            var link => link.Split('|') is [_, { Length: > 0 } label] ? label : link,
        });
        return Whitespace().Replace(WebUtility.HtmlDecode(readable), " ").Trim();
    }

    private static CommandContext Context(string team, PersonRef actor, ThreadRef where) => new(ChatPlatform.Slack, team, actor, where);

    [GeneratedRegex(@"<(?<body>[^<>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^[A-Z0-9]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelPattern();

    [GeneratedRegex(@"^[0-9]{1,12}\.[0-9]{1,9}$", RegexOptions.CultureInvariant)]
    private static partial Regex TsPattern();
}
