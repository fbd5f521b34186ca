using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Coordination.Testing.Slack;

/// <summary>One call the fake received: the method (from the path), the Authorization header and the parsed body.</summary>
public sealed record FakeSlackCall(string Method, string? Authorization, string? ContentType, JsonObject Body)
{
    public string? this[string field] => Body[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : Body[field]?.ToJsonString();

    /// <summary>The request's JSON or form body (plus query arguments) as one object.</summary>
    internal static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        var body = new JsonObject();
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                body[key] = value.ToString();
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync();
            try
            {
                body = JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["_raw"] = text };
            }
            catch (JsonException)
            {
                body = new JsonObject { ["_raw"] = text };
            }
        }

        foreach (var (key, value) in request.Query)
        {
            body[key] ??= value.ToString();
        }

        return body;
    }
}

/// <summary>The bytes of one file POSTed to the upload URL the fake handed out for <see cref="FileId"/>.</summary>
public sealed record FakeSlackUpload(string FileId, string? ContentType, byte[] Content);
