using Coordination.Core.Commands;
using Coordination.Teams;
using Coordination.Teams.Inbound;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Teams;

/// <summary>Vouches, on a command from Teams, that its sender is one of the configured <c>Teams:Admins</c>.</summary>
public sealed class TeamsAdmins(IOptionsMonitor<TeamsOptions> options)
{
    public ChatCommand Vouch(ChatCommand command, TeamsActivity activity) =>
        options.CurrentValue.IsAdmin(activity.From?.Id, activity.From?.AadObjectId)
            ? command with { Context = command.Context with { ActorIsWorkspaceAdmin = true } }
            : command;
}
