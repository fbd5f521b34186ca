using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coordination.Bot.Endpoints;
using Coordination.Bot.Telemetry;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Data.Security;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>Reads a Slack request's raw body, within the size limit, and verifies its signature before anything else.</summary>
public sealed class SlackRequestReader(
    SlackRequestVerifier verifier, CoordinationDbContext db, TimeProvider time, CoordinationTelemetry telemetry, ILoggerFactory logs)
{
    /// <summary>The log of Slack's requests: what was refused, replayed or sent twice.</summary>
    public ILogger Logger { get; } = logs.CreateLogger("Coordination.Bot.Slack");

    /// <summary>
    /// The one prologue of a command or an interaction: read once (<see cref="ReadOnceAsync(HttpContext)"/>), then
    /// parsed; or the answer to give instead, 400 with <paramref name="problem"/> when the body is not what it should be.
    /// </summary>
    public async Task<(T? Payload, IResult? Refusal)> ReadOnceAsync<T>(HttpContext http, Func<byte[], T?> parse, string problem)
        where T : class
    {
        var (body, refusal) = await ReadOnceAsync(http);
        if (body is null)
        {
            return (null, refusal);
        }

        return parse(body) is { } payload ? (payload, null) : (null, Malformed(http, problem));
    }

    /// <summary>The verified body, or the answer to give instead: 413 when too large, 400 when unreadable, 401 when not Slack's.</summary>
    public async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext http)
    {
        var request = http.Request;
        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (body is null)
        {
            return (null, refusal);
        }

        var verification = verifier.Verify(request.Headers[SlackRequestVerifier.TimestampHeader], request.Headers[SlackRequestVerifier.SignatureHeader], body);
        if (verification != SlackVerification.Valid)
        {
            Log.SlackRequestRejected(Logger, request.Path, verification.ToString());
            telemetry.InboundRejected(ChatPlatform.Slack, InboundRejection.Of(verification));
            return (null, Results.Unauthorized());
        }

        return (body, null);
    }

    /// <summary>
    /// As <see cref="ReadVerifiedAsync"/>, and acted on once: the same signed request sent again while its signature is
    /// accepted (a replay) gets 200 and nothing else, on this instance or any other sharing the database.
    /// </summary>
    public async Task<(byte[]? Body, IResult? Refusal)> ReadOnceAsync(HttpContext http)
    {
        var (body, refusal) = await ReadVerifiedAsync(http);
        if (body is null)
        {
            return (null, refusal);
        }

        var timestamp = http.Request.Headers[SlackRequestVerifier.TimestampHeader].ToString();
        if (!await db.TryRememberRequestAsync(ReplayKey(timestamp, body), ExpiryOf(timestamp, time), http.RequestAborted))
        {
            Log.SlackRequestReplayed(Logger, http.Request.Path);
            return (null, Results.Ok());
        }

        return (body, null);
    }

    /// <summary>What the signature covers, hashed: the same bytes however the signature header is spelled.</summary>
    private static string ReplayKey(string timestamp, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"v0:{timestamp}:"));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The verifier accepts a timestamp up to <see cref="SlackRequestVerifier.MaxAge"/> either side of now; a minute more for safety.</summary>
    private static DateTimeOffset ExpiryOf(string timestamp, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var signedAt = long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 100_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : now;
        return (signedAt > now ? signedAt : now) + SlackRequestVerifier.MaxAge + TimeSpan.FromMinutes(1);
    }

    /// <summary>An answer Slack should not retry (the request can never succeed).</summary>
    public static IResult Malformed(HttpContext http, string problem)
    {
        http.Response.Headers["X-Slack-No-Retry"] = "1";
        return Results.BadRequest(problem);
    }
}
