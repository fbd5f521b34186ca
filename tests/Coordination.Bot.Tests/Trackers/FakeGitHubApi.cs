using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Coordination.Bot.Tests.Trackers;

/// <summary>
/// The few GitHub REST endpoints Octokit calls to open a pull request, on loopback: the repository (default branch
/// <c>main</c>), the branch's ref, creating a ref, creating a file, creating a pull request. Every call is recorded.
/// </summary>
public sealed class FakeGitHubApi : IAsyncDisposable
{
    public const string HeadSha = "aa218f56b14c9653891f9e74264a383fa43fefbd";

    private readonly WebApplication _app;
    private readonly List<(string Method, string Path, JsonNode? Body)> _calls = [];

    private FakeGitHubApi(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary>The API base Octokit is pointed at (<c>GitHub:ApiUrl</c>), like GitHub Enterprise's <c>/api/v3/</c>.</summary>
    public Uri ApiUrl { get; private set; } = new("http://127.0.0.1/api/v3/");

    /// <summary>Answer the ref creation with 422 (the branch exists).</summary>
    public bool BranchExists { get; set; }

    public IReadOnlyList<(string Method, string Path, JsonNode? Body)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<FakeGitHubApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var fake = new FakeGitHubApi(builder.Build());
        await fake._app.StartAsync();
        fake.ApiUrl = new Uri(fake._app.Urls.First().TrimEnd('/') + "/api/v3/");
        return fake;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        var body = http.Request.ContentLength > 0 || http.Request.Method != "GET" ? await ReadAsync(http.Request) : null;
        lock (_calls)
        {
            _calls.Add((http.Request.Method, path, body));
        }

        var (status, answer) = Answer(http.Request.Method, path, body);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(answer.ToJsonString());
    }

    private (int Status, JsonNode Answer) Answer(string method, string path, JsonNode? body)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 5 || parts[2] != "repos")
        {
            return (404, new JsonObject { ["message"] = "Not Found" });
        }

        var (owner, name) = (parts[3], parts[4]);
        var rest = string.Join('/', parts[5..]);
        return (method, rest) switch
        {
            ("GET", "") => (200, new JsonObject { ["id"] = 1, ["name"] = name, ["full_name"] = $"{owner}/{name}", ["default_branch"] = "main", ["owner"] = new JsonObject { ["login"] = owner } }),
            ("GET", var r) when r.StartsWith("git/ref", StringComparison.Ordinal) => (200, Ref("refs/heads/main")),
            ("POST", "git/refs") when BranchExists => (422, new JsonObject { ["message"] = "Reference already exists" }),
            ("POST", "git/refs") => (201, Ref(body?["ref"]?.GetValue<string>() ?? "refs/heads/x")),
            ("PUT", var r) when r.StartsWith("contents/", StringComparison.Ordinal) => (201, new JsonObject
            {
                ["content"] = new JsonObject { ["name"] = parts[^1], ["path"] = r["contents/".Length..], ["sha"] = HeadSha },
                ["commit"] = new JsonObject { ["sha"] = HeadSha, ["message"] = body?["message"]?.GetValue<string>() },
            }),
            ("POST", "pulls") => (201, new JsonObject
            {
                ["id"] = 7,
                ["number"] = 7,
                ["state"] = "open",
                ["title"] = body?["title"]?.GetValue<string>(),
                ["html_url"] = $"https://github.com/{owner}/{name}/pull/7",
            }),
            _ => (404, new JsonObject { ["message"] = "Not Found" }),
        };
    }

    private static JsonObject Ref(string name) => new()
    {
        ["ref"] = name,
        ["object"] = new JsonObject { ["sha"] = HeadSha, ["type"] = "commit" },
    };

    private static async Task<JsonNode?> ReadAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
