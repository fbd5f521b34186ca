using System.Globalization;
using System.Text;
using Coordination.Core.Webhooks;

namespace Coordination.Bot.Webhooks;

/// <summary>What one delivery attempt came to: the status code, or why it failed, and how long the receiver asked to wait.</summary>
public sealed record WebhookSendResult(bool Succeeded, int StatusCode, string? Error, TimeSpan? RetryAfter);

/// <summary>
/// Posts one signed delivery. Its client connects only where <see cref="OutboundUrlGuard"/> allows, follows no
/// redirect and gives up after <c>Webhooks:Timeout</c>; a 2xx is success, anything else a failure to retry.
/// </summary>
public sealed class WebhookSender(HttpClient http, TimeProvider time)
{
    public const string UserAgent = "Coordination-Webhooks/1.0";

    public async Task<WebhookSendResult> SendAsync(string url, string secret, string body, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, body));
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new WebhookSendResult(true, code, null, null);
            }

            var redirect = code is >= 300 and < 400 ? " (redirects are not followed)" : string.Empty;
            var wait = response.Headers.RetryAfter is { } after ? after.Delta ?? (after.Date - now) : null;
            return new WebhookSendResult(false, code, $"HTTP {code} {response.ReasonPhrase}{redirect}".Trim(), wait);
        }
        catch (HttpRequestException ex)
        {
            return new WebhookSendResult(false, 0, ex.Message, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendResult(false, 0, $"no answer within {http.Timeout.TotalSeconds:0} seconds", null);
        }
    }
}
