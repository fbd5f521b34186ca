using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Coordination.Core.Trackers;
using Coordination.Testing;

namespace Coordination.Bot.Tests.Trackers;

/// <summary>The tracker webhook fixtures, their secrets, and deliveries signed the way each tracker signs them.</summary>
internal static class TrackerFixtures
{
    public const string GitHubSecret = "It's a Secret to Everybody";
    public const string JiraSecret = "jira-shared-secret-0123456789";
    public const string JiraIssuer = "jira:acme-client-key";
    public const string LinearSecret = "linear-signing-secret-0123456789";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
        ["GitHub:WebhookSecret"] = GitHubSecret,
        ["Jira:WebhookSecret"] = JiraSecret,
        ["Jira:JwtIssuer"] = JiraIssuer,
        ["Linear:WebhookSecret"] = LinearSecret,
    };

    public static byte[] Bytes(string name) => File.ReadAllBytes(RepositoryFiles.PathOf("tests", "Coordination.Bot.Tests", "Fixtures", "Integrations", name));

    /// <summary>The <c>X-Hub-Signature-256</c> the derived signatures file gives for a sample.</summary>
    public static string DerivedSignature(string file)
    {
        using var document = JsonDocument.Parse(Bytes("github_payload_signatures_derived.json"));
        return document.RootElement.EnumerateArray().Single(e => e.GetProperty("file").GetString() == file).GetProperty("X-Hub-Signature-256").GetString()!;
    }

    public static HttpRequestMessage GitHub(string eventName, byte[] body, string? signature, string? delivery = null)
    {
        var request = Post("/hooks/github", body);
        request.Headers.Add("X-GitHub-Event", eventName);
        request.Headers.Add("X-GitHub-Delivery", delivery ?? Guid.NewGuid().ToString());
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        return request;
    }

    public static string Sign(string secret, byte[] body) => "sha256=" + WebhookSignature.HexHmacSha256(secret, body);

    public static HttpRequestMessage Jira(byte[] body, string? hubSignature = null, string? jwt = null)
    {
        var request = Post("/hooks/jira", body);
        request.Headers.Add("X-Atlassian-Webhook-Identifier", Guid.NewGuid().ToString());
        if (hubSignature is not null)
        {
            request.Headers.Add("X-Hub-Signature", hubSignature);
        }

        if (jwt is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "JWT " + jwt);
        }

        return request;
    }

    public static HttpRequestMessage Linear(byte[] body, string? signature)
    {
        var request = Post("/hooks/linear", body);
        request.Headers.Add("Linear-Delivery", Guid.NewGuid().ToString());
        if (signature is not null)
        {
            request.Headers.Add("Linear-Signature", signature);
        }

        return request;
    }

    /// <summary>An HS256 JWT as a Jira Connect app's installation signs it.</summary>
    public static string Jwt(string secret, string issuer, DateTimeOffset expires, string algorithm = "HS256")
    {
        var header = Base64Url(Encoding.UTF8.GetBytes($$"""{"alg":"{{algorithm}}","typ":"JWT"}"""));
        var claims = Base64Url(Encoding.UTF8.GetBytes($$"""{"iss":"{{issuer}}","iat":{{expires.ToUnixTimeSeconds() - 180}},"exp":{{expires.ToUnixTimeSeconds()}},"qsh":"x"}"""));
        var signature = Convert.FromHexString(WebhookSignature.HexHmacSha256(secret, Encoding.ASCII.GetBytes($"{header}.{claims}")));
        return $"{header}.{claims}.{Base64Url(signature)}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static HttpRequestMessage Post(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }
}
