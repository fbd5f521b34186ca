using Coordination.Bot.Web;
using Coordination.Slack;
using Coordination.Teams;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// Whether the local chat (its page, API and fast-forward) is served: <c>Web:LocalChat</c> when set, otherwise only
/// while neither Slack nor Teams is configured. Off, its routes answer 404.
/// </summary>
public sealed class LocalChatSwitch(IOptions<WebOptions> web, IOptions<SlackOptions> slack, IOptions<TeamsOptions> teams)
{
    public bool IsOn => web.Value.LocalChat ?? !(slack.Value.IsEnabled || teams.Value.IsEnabled);
}
