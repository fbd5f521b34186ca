using System.Net.Http.Json;
using Coordination.Core.Commands;
using Coordination.Slack;
using Coordination.Slack.Outbound;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Slack;

/// <summary>A late reply to a slash command or a press, posted to the <c>response_url</c> Slack gave with it.</summary>
public sealed class SlackResponseUrl(IHttpClientFactory httpClients, IOptions<SlackOptions> options, ILogger<SlackResponseUrl> logger)
{
    /// <summary>Posts <paramref name="reply"/> there, when it has text and the address is Slack's; a failure is logged.</summary>
    public async Task PostAsync(string? responseUrl, Reply reply)
    {
        try
        {
            if (IsSlackResponseUrl(responseUrl) && reply.Text.Length > 0)
            {
                using var http = httpClients.CreateClient(nameof(SlackResponseUrl));
                using var response = await http.PostAsJsonAsync(responseUrl, SlackCommandResponse.For(reply));
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Log.SlackLateReplyFailed(logger, ex);
        }
    }

    /// <summary>Only Slack's own hooks (or the configured API host, for tests) ever receive a reply.</summary>
    private bool IsSlackResponseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && ((uri.Scheme == Uri.UriSchemeHttps && uri.Host == "hooks.slack.com") || uri.Host == options.Value.ApiBaseUrl.Host);
}
