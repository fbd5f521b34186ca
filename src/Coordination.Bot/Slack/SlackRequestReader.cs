using Coordination.Bot.Endpoints;
using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>Reads a Slack request's raw body, within the size limit, and verifies its signature before anything else.</summary>
internal static class SlackRequestReader
{
    /// <summary>The verified body, or the answer to give instead: 413 when too large, 400 when unreadable, 401 when not Slack's.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext http, SlackRequestVerifier verifier, ILogger logger)
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
            Log.SlackRequestRejected(logger, request.Path, verification.ToString());
            return (null, Results.Unauthorized());
        }

        return (body, null);
    }

    /// <summary>An answer Slack should not retry (the request can never succeed).</summary>
    public static IResult Malformed(HttpContext http, string problem)
    {
        http.Response.Headers["X-Slack-No-Retry"] = "1";
        return Results.BadRequest(problem);
    }
}
