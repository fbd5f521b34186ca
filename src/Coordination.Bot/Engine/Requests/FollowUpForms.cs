using Coordination.Bot.Engine.Forms;
using Coordination.Bot.LocalChat;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Requests;

/// <summary>
/// The new-request form: "Follow up on this" on a message (the request goes in its thread), the global shortcut, and an
/// <c>ask</c> written in a direct message with the bot (both with a channel to choose). Submitted, it runs as an ask.
/// </summary>
public sealed class FollowUpForms(CoordinationDbContext db, FormChoices choices) : ICommandHandler<FollowUpCommand>
{
    private const string Instead = "Follow up on this: fill in the form, or write `ask @person <what you need> [by <date>]` in the thread.";

    public async Task<Reply> HandleAsync(Session session, FollowUpCommand command, CancellationToken cancellationToken)
    {
        var people = await choices.PeopleAsync(session, withActor: true, cancellationToken);
        var where = command.Context.Where;
        var draft = new FollowUpDraft(FollowUpForm.TitleFrom(command.Text, people), []);
        var form = command.ChooseChannel
            ? FollowUpForm.For(new FormState(where with { ThreadId = null }), draft, people, await ChannelsAsync(session, cancellationToken))
            : FollowUpForm.For(new FormState(where), draft, people, channels: null);
        return new Reply(Instead) { Form = form };
    }

    /// <summary>An ask written in a direct message: the same words in the form, and a channel to post them in.</summary>
    public async Task<Reply> ForDirectAskAsync(Session session, AskCommand ask, CancellationToken cancellationToken)
    {
        var people = await choices.PeopleAsync(session, withActor: true, cancellationToken);
        var draft = new FollowUpDraft(ask.Title, [.. ask.Stakeholders.Select(p => p.PlatformUserId)], ask.Due?.On, ask.EscalateTo?.PlatformUserId);
        var form = FollowUpForm.For(new FormState(ask.Context.Where with { ThreadId = null }), draft, people, await ChannelsAsync(session, cancellationToken));
        return new Reply($"Only you would see a request here: say which channel to post \"{ask.Title}\" in.") { Form = form };
    }

    /// <summary>Where the platform has no channel picker: the local page's channels, the Teams channels the bot is in.</summary>
    private async Task<IReadOnlyList<FormOption>> ChannelsAsync(Session session, CancellationToken cancellationToken) => session.Workspace.Platform switch
    {
        ChatPlatform.Local => [.. LocalWorkspace.Channels.Select(c => new FormOption(c, c))],
        ChatPlatform.Teams => await db.ConversationReferences.AsNoTracking()
            .Where(c => c.Platform == ChatPlatform.Teams && c.WorkspaceExternalId == session.Workspace.ExternalId && c.ConversationType == "channel")
            .OrderBy(c => c.ConversationId).Take(FormChoices.Limit)
            .Select(c => new FormOption(c.ConversationId, c.ConversationId))
            .ToListAsync(cancellationToken),
        _ => [],
    };
}
