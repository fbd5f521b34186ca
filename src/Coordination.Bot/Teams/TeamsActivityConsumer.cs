using System.Collections.Concurrent;
using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Inbox;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Inbox;
using Coordination.Teams.Inbound;

namespace Coordination.Bot.Teams;

/// <summary>
/// Acts on a stored Teams message: a command by mention (or in the personal chat) runs, with its reply in the same
/// conversation; any other message in a request's thread is a possible answer. The time zone the client reports is
/// recorded for the sender when it changes.
/// </summary>
public sealed class TeamsActivityConsumer(CoordinationDbContext db, CommandHandler commands, TeamsTimeZones zones, TeamsAdmins admins, TeamsHome home, TimeProvider time)
    : CommandEventConsumer<TeamsActivity>(db, commands, time)
{
    public override ChatPlatform Platform => ChatPlatform.Teams;

    protected override TeamsActivity? Read(InboundEvent inbound) => TeamsActivity.Parse(Encoding.UTF8.GetBytes(inbound.Payload));

    /// <summary><c>home</c> in the personal chat is answered with the "Waiting on you" card instead of a command's reply.</summary>
    protected override async ValueTask<ChatCommand?> CommandOfAsync(TeamsActivity payload, CancellationToken cancellationToken)
    {
        var command = TeamsInboundParser.FromActivity(payload);
        if (command is HomeCommand && payload.Conversation?.ConversationType == TeamsConversation.Personal)
        {
            await home.SendAsync(payload, cancellationToken);
            return null;
        }

        return command is null ? null : admins.Vouch(command, payload);
    }

    protected override async Task HandledAsync(TeamsActivity payload, ChatCommand command, CancellationToken cancellationToken)
    {
        if (TeamsInboundParser.ProfileOf(payload) is not { TimeZoneId: { } zone } profile)
        {
            return;
        }

        if (zones.IsNew(profile.Context, zone))
        {
            await Commands.HandleAsync(profile, cancellationToken);
            zones.Remember(profile.Context, zone);
        }
    }
}

/// <summary>The time zone last recorded for each Teams user, so a profile update is saved only when it changes.</summary>
public sealed class TeamsTimeZones
{
    private readonly ConcurrentDictionary<(string Tenant, string User), string> _seen = new();

    public bool IsNew(CommandContext person, string zone) =>
        !_seen.TryGetValue((person.WorkspaceId, person.Actor.PlatformUserId), out var seen) || seen != zone;

    public void Remember(CommandContext person, string zone) => _seen[(person.WorkspaceId, person.Actor.PlatformUserId)] = zone;
}
