using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// What the bot hears in a message written on the local page, as the Slack and Teams adapters read theirs:
/// <c>/coord …</c> runs where it was typed; <c>@coord …</c> is a command about its thread (a top-level mention in a
/// channel starts a thread on itself); anything in a direct message with the bot is a command; any other message in
/// a channel's thread may be a stakeholder's answer. Hand-written <c>@Name</c>s of the workspace's people become mentions.
/// </summary>
public static partial class LocalInbound
{
    public const string SlashCommand = "/coord";

    public static ChatCommand? CommandOf(LocalPerson actor, LocalTranscriptEntry written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var text = written.Text.Trim();
        var where = new ThreadRef(written.Conversation, written.ThreadId);
        if (Slash().Match(text) is { Success: true } slash)
        {
            return LocalWorkspace.Vouched(actor, CommandParser.Parse(WithChannel(WithMentions(slash.Groups["rest"].Value)), LocalWorkspace.Context(actor, where)));
        }

        if (BotMention().IsMatch(text))
        {
            var thread = LocalWorkspace.IsDirect(written.Conversation) ? written.ThreadId : written.ThreadId ?? written.Id;
            return Parse(actor, BotMention().Replace(text, " ").Trim(), where with { ThreadId = thread });
        }

        if (LocalWorkspace.IsWithBot(written.Conversation))
        {
            return Parse(actor, text, where);
        }

        return written.ThreadId is not null && !LocalWorkspace.IsDirect(written.Conversation)
            ? new ThreadReplyCommand(LocalWorkspace.Context(actor, where), WithMentions(text))
            : null;
    }

    /// <summary>A message in a channel (or a thread of it) that names requests (<c>CR-12</c>): its writer is shown a line on each.</summary>
    public static MentionedRequestsCommand? RequestMentionsOf(LocalPerson actor, LocalTranscriptEntry written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return LocalWorkspace.IsDirect(written.Conversation)
            ? null
            : MentionedRequestsCommand.Of(LocalWorkspace.Context(actor, new ThreadRef(written.Conversation, written.ThreadId)), written.Text);
    }

    /// <summary>The text with each <c>@Name</c> (or <c>@U-ID</c>) of a local person written as the mention token the parser reads.</summary>
    public static string WithMentions(string text) =>
        HandWrittenName().Replace(text, m => LocalWorkspace.Named(m.Groups["name"].Value) is { } person ? person.Token : m.Value);

    /// <summary>
    /// The text with the hand-written <c>#channel</c> of <c>digest channel #channel</c> written as the channel token the
    /// parser reads, as Slack escapes a channel it names: <c>&lt;##general&gt;</c>, since a local channel's id is its name.
    /// </summary>
    public static string WithChannel(string text) =>
        DigestChannel().Replace(text, m => $"{m.Groups["verb"].Value}<##{m.Groups["name"].Value.ToLowerInvariant()}>");

    /// <summary>An ask belongs where the people asked can see it: in a direct message with the bot only the asker would.</summary>
    private static ChatCommand Parse(LocalPerson actor, string text, ThreadRef where)
    {
        // An ask in the direct message with the bot is not recorded there: the engine asks which channel to post it in.
        var context = LocalWorkspace.Context(actor, where) with { InDirectMessage = LocalWorkspace.IsWithBot(where.Channel) };
        var command = LocalWorkspace.Vouched(actor, CommandParser.Parse(WithChannel(WithMentions(text)), context));
        return context.InDirectMessage && command is AskTeamCommand or ConfirmCommand { Proposed: AskTeamCommand }
            ? new HelpCommand(context, "ask", "Ask in a channel the people you ask are in: here, only you would see it.")
            : command;
    }

    [GeneratedRegex(@"^/coord(?:\s+(?<rest>[\s\S]*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Slash();

    [GeneratedRegex(@"(?<![\w@])@coord(?:ination)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BotMention();

    [GeneratedRegex(@"^(?<verb>\s*digest\s+channel\s+)#(?<name>[A-Za-z0-9][A-Za-z0-9_-]{0,79})(?=\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DigestChannel();

    [GeneratedRegex(@"(?<![\w<@|])@(?<name>[A-Za-z][\w-]{0,99})", RegexOptions.CultureInvariant)]
    private static partial Regex HandWrittenName();
}
