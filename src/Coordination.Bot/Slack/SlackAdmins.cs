using Coordination.Core.Commands;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Slack;

/// <summary>
/// Vouches, on a Slack command that can act on someone else (a lead, an absence, a team), that its sender is one of
/// the workspace's admins or owners, asking <c>users.info</c> at that moment: the background profile look-up may not
/// have run yet for someone new, and an admin's rights may have changed since. Other commands go as they are.
/// </summary>
public sealed class SlackAdmins(SlackApiClient api, ISlackTokenSource tokens, ILogger<SlackAdmins> logger)
{
    public async Task<ChatCommand> VouchAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (command is not (SetLeadCommand or AwayCommand or BackCommand or DefineTeamCommand or WebhookCommand
            or TokenCreateCommand or TokenListCommand or TokenRevokeCommand)
            || await tokens.BotTokenAsync(command.Context.WorkspaceId, cancellationToken) is not { } token)
        {
            return command;
        }

        try
        {
            var user = await api.GetUserAsync(token, command.Context.Actor.PlatformUserId, cancellationToken);
            return user is { Ok: true, Value.IsAdmin: true } ? command with { Context = command.Context with { ActorIsWorkspaceAdmin = true } } : command;
        }
        catch (HttpRequestException ex)
        {
            // Without Slack's word the recorded flag decides, as it would for any other command.
            Log.SlackProfileFailed(logger, command.Context.Actor.PlatformUserId, command.Context.WorkspaceId, ex.Message);
            return command;
        }
    }
}
