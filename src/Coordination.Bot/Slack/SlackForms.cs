using Coordination.Core.Chat;
using Coordination.Slack.Outbound;

namespace Coordination.Bot.Slack;

/// <summary>Opens a form as a Slack modal with the <c>trigger_id</c> of the command or press that asked for it.</summary>
public sealed class SlackForms(SlackApiClient slack, ISlackTokenSource tokens, ILogger<SlackForms> logger)
{
    /// <summary>Whether the modal opened; when not (no token, the trigger expired), the reply's text stands in for it.</summary>
    public async Task<bool> OpenAsync(string team, string userId, string? triggerId, ChatForm form, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(triggerId) || await tokens.BotTokenAsync(team, cancellationToken) is not { } token)
        {
            return false;
        }

        var opened = await slack.OpenViewAsync(token, triggerId, SlackModalRenderer.Render(form, userId), cancellationToken);
        if (!opened.Ok)
        {
            Log.SlackFormFailed(logger, form.Kind, team, opened.Error);
        }

        return opened.Ok;
    }
}
