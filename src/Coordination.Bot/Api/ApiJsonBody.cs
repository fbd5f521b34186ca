using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coordination.Bot.Api;

/// <summary>Reads a JSON body of at most 64 KB into <typeparamref name="T"/>; anything else is the problem to answer with.</summary>
public static class ApiJsonBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
        {
            return (null, ApiProblems.TooLarge());
        }

        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem("Send the body as 'Content-Type: application/json'.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported Media Type"));
        }

        using var buffer = new MemoryStream();
        if (!await CopyCappedAsync(request.Body, buffer, request.HttpContext.RequestAborted))
        {
            return (null, ApiProblems.TooLarge());
        }

        try
        {
            var options = request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var body = JsonSerializer.Deserialize<T>(buffer.ToArray(), options);
            return body is null ? (null, ApiProblems.BadRequest("The body must be a JSON object.")) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.BadRequest($"The body is not valid JSON for this call: {ex.Message}"));
        }
    }

    private static async Task<bool> CopyCappedAsync(Stream body, MemoryStream buffer, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        return true;
    }
}
