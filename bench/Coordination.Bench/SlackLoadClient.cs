using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Coordination.Bench;

/// <summary>
/// The outcome of one slash command: <see cref="Error"/> is <c>null</c> on success, else what went wrong, with the
/// start of the answer in <see cref="Sample"/>.
/// </summary>
internal readonly record struct SlackCommandOutcome(string? Error, string? Sample = null)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Sends <c>/coord ask</c> slash commands to the bot as Slack would: a form body signed with the signing secret
/// (<c>v0=</c> HMAC-SHA256 of <c>v0:{timestamp}:{body}</c>), spread over 50 channels and 200 users of one workspace.
/// </summary>
internal sealed class SlackLoadClient : IDisposable
{
    public const string TeamId = "T0BENCH";
    private const int Channels = 50;
    private const int Users = 200;
    private static readonly MediaTypeHeaderValue FormContentType = new("application/x-www-form-urlencoded");
    private static readonly Uri CommandsPath = new("slack/commands", UriKind.Relative);

    private readonly HttpClient _http;
    private readonly byte[] _secret;
    private long _sequence;

    public SlackLoadClient(Uri bot, string signingSecret, int maxConnections)
    {
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = TimeSpan.FromHours(1),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = bot, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Sends the next command; success is HTTP 200 with a <c>CR-</c> number in the answer.</summary>
    public async Task<SlackCommandOutcome> SendAsync(CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _sequence);
        var body = Encoding.UTF8.GetBytes(Body(n));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, CommandsPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = FormContentType;
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(timestamp, body));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new SlackCommandOutcome(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}"), Excerpt(text));
            }

            return text.Contains("CR-", StringComparison.Ordinal) ? new SlackCommandOutcome(null) : new SlackCommandOutcome("HTTP 200 without CR-", Excerpt(text));
        }
        catch (HttpRequestException ex)
        {
            return new SlackCommandOutcome($"{nameof(HttpRequestException)} ({ex.HttpRequestError})", ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SlackCommandOutcome("timeout (30 s)");
        }
    }

    /// <summary>The form Slack posts for <c>/coord ask &lt;@UX|name&gt; &lt;@UY|name&gt; bench request n by Friday</c>.</summary>
    private static string Body(long n)
    {
        var channel = (int)(n % Channels);
        var user = (int)(n / Channels % Users);
        var first = (user + 1 + (int)(n % 97)) % Users;
        var second = (user + 100 + (int)(n % 97)) % Users;
        var text = $"ask <@{UserId(first)}|{UserName(first)}> <@{UserId(second)}|{UserName(second)}> bench request {n} by Friday";
        (string Key, string Value)[] fields =
        [
            ("token", "bench-verification-token"),
            ("team_id", TeamId),
            ("team_domain", "bench"),
            ("channel_id", $"C0BENCH{channel:D3}"),
            ("channel_name", $"bench-{channel:D3}"),
            ("user_id", UserId(user)),
            ("user_name", UserName(user)),
            ("command", "/coord"),
            ("text", text),
            ("api_app_id", "A0BENCH"),
            ("is_enterprise_install", "false"),
            ("response_url", "https://hooks.slack.com/commands/T0BENCH/1/x"),
            ("trigger_id", $"{n}.1.bench{n:x}"),
        ];
        return string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    }

    private static string Excerpt(string text) =>
        text.Length <= 300 ? text.ReplaceLineEndings(" ") : text[..300].ReplaceLineEndings(" ") + "…";

    private static string UserId(int user) => $"U0BENCH{user:D3}";

    private static string UserName(int user) => $"bench.user{user}";

    private string Sign(string timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(_secret, message));
    }

    public void Dispose() => _http.Dispose();
}
