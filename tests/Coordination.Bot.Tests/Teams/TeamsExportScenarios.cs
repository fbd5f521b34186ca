using System.Net;
using System.Text.Json.Nodes;
using Coordination.Testing;
using Coordination.Testing.Teams;
using Coordination.Teams.Outbound;

namespace Coordination.Bot.Tests.Teams;

/// <summary>The export in Teams: a file consent card in the personal chat, the upload on accept, a file info card after.</summary>
public abstract class TeamsExportScenarios(ITestDatabases databases) : IAsyncLifetime
{
    private const string Ann = "29:ann";
    private static readonly Dictionary<string, string?> LoopbackUploads = new() { ["Teams:AllowLoopbackFileUploads"] = "true" };
    private readonly List<TeamsTestHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        databases.Dispose();
    }

    [Fact]
    public async Task Export_AskedInAChannelThenAccepted_OfferInThePersonalChatBytesPutThenAFileInfoCard()
    {
        var teams = await StartAsync(LoopbackUploads);
        await AskBobAsync(teams);

        await teams.PostAsync(teams.Activities.Command(Ann, "export"));
        await teams.SettleAsync();

        var personal = FakeBotConnector.DirectConversationId(Ann);
        Assert.Contains(Sends(teams), c => c.ConversationId != personal && Said(c).Contains("only in a personal chat, so I sent the export", StringComparison.Ordinal));
        var offer = Assert.Single(Sends(teams), c => c.ConversationId == personal);
        var consent = Assert.Single(offer.Body["attachments"]!.AsArray())!;
        Assert.Equal(TeamsFileCards.ConsentContentType, consent["contentType"]!.GetValue<string>());
        var context = consent["content"]!["acceptContext"]!.DeepClone();
        var size = consent["content"]!["sizeInBytes"]!.GetValue<long>();

        var (status, _) = await teams.PostAsync(teams.Activities.FileConsent(Ann, personal, Accept(teams, context, consent["name"]!.GetValue<string>())));
        await teams.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var upload = Assert.Single(teams.Connector.CallsOf(FakeConnectorCallKind.UploadFile));
        Assert.Equal($"bytes 0-{size - 1}/{size}", upload["contentRange"]);
        Assert.Contains("CR-1", upload["_raw"], StringComparison.Ordinal);
        var info = Assert.Single(Sends(teams), c => c.ConversationId == personal && Said(c).Contains(TeamsFileCards.InfoContentType, StringComparison.Ordinal));
        var card = info.Body["attachments"]![0]!;
        Assert.Equal(("FILE-1", "csv"), (card["content"]!["uniqueId"]!.GetValue<string>(), card["content"]!["fileType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task FileConsent_DeclinedOrWithAnUploadAddressOutsideTeamsStorage_NothingPut()
    {
        var teams = await StartAsync();
        await AskBobAsync(teams);
        var personal = FakeBotConnector.DirectConversationId(Ann);
        var context = new JsonObject { ["offer"] = "export:1" };

        var (declined, _) = await teams.PostAsync(teams.Activities.FileConsent(Ann, personal, new JsonObject { ["type"] = "fileUpload", ["action"] = "decline", ["context"] = context.DeepClone() }));
        var (elsewhere, _) = await teams.PostAsync(teams.Activities.FileConsent(Ann, personal, Accept(teams, context, "export.csv")));
        var (malformed, _) = await teams.PostAsync(teams.Activities.FileConsent(Ann, personal, new JsonObject { ["action"] = "accept" }));
        await teams.SettleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (declined, elsewhere, malformed));
        Assert.Empty(teams.Connector.CallsOf(FakeConnectorCallKind.UploadFile));
        Assert.Single(Sends(teams), c => c.ConversationId == personal && Said(c).Contains("No file then", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_AskedInAChannelWithNoPersonalChat_TheChannelHearsWhyAndHowToGetIt()
    {
        var teams = await StartAsync(LoopbackUploads);
        await AskBobAsync(teams);
        teams.Connector.FailNext(FakeConnectorCallKind.CreateConversation, 403, FakeBotConnector.DefaultErrorBody(403));

        await teams.PostAsync(teams.Activities.Command(Ann, "export"));
        await teams.SettleAsync();

        Assert.Contains(Sends(teams), c => c.ConversationId!.StartsWith(TeamsActivities.Channel, StringComparison.Ordinal)
            && Said(c).Contains("never in a channel or group chat", StringComparison.Ordinal)
            && Said(c).Contains("Add Coordination for yourself", StringComparison.Ordinal));
    }

    private async Task<TeamsTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = await TeamsTestHost.StartAsync(databases, settings);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Ann asks Bob by mention, so the workspace has a request to export.</summary>
    private static async Task AskBobAsync(TeamsTestHost teams)
    {
        await teams.PostAsync(teams.Activities.Command(Ann, "ask <at>bob</at> review the rollout plan", people: [("29:bob", "bob")]));
        await teams.SettleAsync();
    }

    private static IReadOnlyList<FakeConnectorCall> Sends(TeamsTestHost teams) => teams.Connector.CallsOf(FakeConnectorCallKind.SendActivity);

    private static string Said(FakeConnectorCall call) => call.Body.ToJsonString();

    private static JsonObject Accept(TeamsTestHost teams, JsonNode context, string name) => new()
    {
        ["type"] = "fileUpload",
        ["action"] = "accept",
        ["context"] = context.DeepClone(),
        ["uploadInfo"] = new JsonObject
        {
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/ann/Documents/Applications/" + name,
            ["name"] = name,
            ["uploadUrl"] = teams.Connector.UploadUrl(name).ToString(),
            ["fileType"] = "csv",
            ["uniqueId"] = "FILE-1",
        },
    };
}

public sealed class SqliteTeamsExportScenarios() : TeamsExportScenarios(new SqliteDatabases());

[Collection(PostgresTests.Engine)]
public sealed class PostgresTeamsExportScenarios(PostgresFixture server) : TeamsExportScenarios(new PostgresDatabases(server));
