using Coordination.Slack.Inbound;

namespace Coordination.Bot.Slack;

/// <summary>Reads a Slack request's raw body, within the size limit, and verifies its signature before anything else.</summary>
internal static class SlackRequestReader
{
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>The verified body, or the answer to give instead: 413 when too large, 400 when unreadable, 401 when not Slack's.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext http, SlackRequestVerifier verifier, ILogger logger)
    {
        var request = http.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        byte[] body;
        try
        {
            body = await ReadCappedAsync(request.Body, http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Results.StatusCode(ex.StatusCode));
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

    private static async Task<byte[]> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new InvalidDataException("The body is larger than the limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
