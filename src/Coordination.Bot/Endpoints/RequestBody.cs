namespace Coordination.Bot.Endpoints;

/// <summary>Reads a platform request's raw body, up to 1 MiB: the exact bytes the signature or the parser sees.</summary>
internal static class RequestBody
{
    public const int MaxBytes = 1 << 20;

    /// <summary>The body, or the answer to give instead: 413 when too large, the server's status when it cannot be read.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBytes)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        try
        {
            return (await ReadCappedAsync(http.Request.Body, http.RequestAborted), null);
        }
        catch (InvalidDataException)
        {
            return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Results.StatusCode(ex.StatusCode));
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new InvalidDataException("The body is larger than the limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
