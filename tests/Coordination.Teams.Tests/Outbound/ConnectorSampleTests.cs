using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Teams.Tests.Outbound;

/// <summary>The documented request and response bodies of the token endpoint and the connector, against our client.</summary>
public sealed class ConnectorSampleTests : IDisposable
{
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/amer/");
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SampleHandler _handler = new();
    private readonly HttpClient _http;

    public ConnectorSampleTests() => _http = new HttpClient(_handler);

    [Fact]
    public async Task GetToken_IdentityPlatformSampleAnswer_ItsAccessTokenIsUsed()
    {
        var result = await Tokens().GetTokenAsync(CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("eyJhbGciOiJIUzI1Ni...", result.Value);
    }

    [Fact]
    public async Task CreateDirectConversation_DocsSampleAnswer_ItsIdIsTheConversation()
    {
        var result = await Client().CreateDirectConversationAsync(ServiceUrl, "197231joe-1209j01821-012kdjoj", "29:012d20j1cjo20211", CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(JsonNode.Parse(Fixture("create-conversation-personal-response.json"))!["id"]!.GetValue<string>(), result.Value);
    }

    [Fact]
    public async Task CreateDirectConversation_Request_CarriesEveryFieldOfTheDocsSample()
    {
        await Client().CreateDirectConversationAsync(ServiceUrl, "197231joe-1209j01821-012kdjoj", "29:012d20j1cjo20211", CancellationToken.None);

        var sample = JsonNode.Parse(Fixture("create-conversation-personal-request.json"))!;
        var sent = _handler.Bodies.Single(b => b.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).Json;
        Assert.StartsWith("28:", sent["bot"]!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(sample["members"]![0]!["id"]!.GetValue<string>(), sent["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(sample["channelData"]!["tenant"]!["id"]!.GetValue<string>(), sent["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Render_TextMessage_HasTheEnvelopeOfTheDocsBotMessageAndNothingChannelsIgnore()
    {
        var sample = JsonNode.Parse(Fixture("outbound-message-with-notification-alert.json"))!.AsObject();
        var message = new OutgoingMessage(ChatPlatform.Teams, "t", MessageDestination.InThread(new ThreadRef("a:1", "a:1")), "John Phillips assigned you a weekly todo", [], []);

        var activity = AdaptiveCardRenderer.Render(message);

        Assert.Equal(sample["type"]!.GetValue<string>(), activity["type"]!.GetValue<string>());
        Assert.Equal(sample["text"]!.GetValue<string>(), activity["text"]!.GetValue<string>());
        Assert.False(activity.ContainsKey("id") || activity.ContainsKey("timestamp") || activity.ContainsKey("serviceUrl"));
    }

    [Theory]
    [InlineData("get-conversation-member-response.json")]
    [InlineData("get-paged-members-response.json")]
    public void RosterSamples_EachMember_ReadsAsTheAccountActivitiesName(string sample)
    {
        var json = JsonNode.Parse(Fixture(sample))!;
        var members = json["members"] is JsonArray list ? list : new JsonArray(json.DeepClone());

        var accounts = members.Select(m => m.Deserialize<TeamsAccount>(Web)!).ToList();

        Assert.NotEmpty(accounts);
        Assert.All(accounts, a => Assert.StartsWith("29:", a.Id, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    private BotTokenProvider Tokens() => new(_http, Options(), _time, NullLogger<BotTokenProvider>.Instance);

    private ConnectorClient Client() => new(_http, Tokens(), Options(), _time, NullLogger<ConnectorClient>.Instance);

    private static IOptions<TeamsOptions> Options() => Microsoft.Extensions.Options.Options.Create(new TeamsOptions
    {
        AppId = "c9e8c047-2a74-40a2-b28a-b162d5f5327c",
        AppPassword = "secret",
        TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        TokenEndpoint = new Uri("https://login.example.test/token"),
    });

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Answers the token endpoint and the connector with the documented sample bodies, and keeps what was sent.</summary>
    private sealed class SampleHandler : HttpMessageHandler
    {
        public List<(string Path, JsonNode Json)> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            if (request.Content is { Headers.ContentType.MediaType: "application/json" } content)
            {
                Bodies.Add((path, JsonNode.Parse(await content.ReadAsStringAsync(cancellationToken))!));
            }

            var sample = path == "/token" ? "entra-client-credentials-token-response.json" : "create-conversation-personal-response.json";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Fixture(sample), Encoding.UTF8, "application/json") };
        }
    }
}
