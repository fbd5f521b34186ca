using System.Net;
using System.Text;
using Coordination.Bot.Endpoints;
using Coordination.Bot.Slack;
using Coordination.Core.Chat;
using Coordination.Slack.Inbound;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>What is not verifiably Slack's, or cannot be read, is refused with a 4xx and leaves no trace.</summary>
public abstract class SlackRefusalScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string Commands = "/slack/commands";
    private const string Events = "/slack/events";
    private const string Interactions = "/slack/interactions";
    private const string FormType = "application/x-www-form-urlencoded";
    private const string JsonType = "application/json";

    private const string TamperedSignature = "tampered signature";
    private const string TamperedBody = "tampered body";
    private const string NoSignature = "no signature header";
    private const string NoTimestamp = "no timestamp header";
    private const string SignedSixMinutesAgo = "signed 6 minutes ago";

    private static readonly string[] Paths = [Commands, Events, Interactions];

    public static TheoryData<string> Endpoints => new(Paths);

    public static TheoryData<string, string> EndpointsAndForgeries
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in Paths)
            {
                foreach (var forgery in new[] { TamperedSignature, TamperedBody, NoSignature, NoTimestamp, SignedSixMinutesAgo })
                {
                    data.Add(path, forgery);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EndpointsAndForgeries))]
    public async Task SlackEndpoint_NotVerifiablyFromSlack_AnswersUnauthorizedAndChangesNothing(string path, string forgery)
    {
        var slack = await StartAsync();
        var request = await ForgeAsync(slack, ValidRequest(slack.Requests, path), forgery);

        var (status, _) = await slack.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        await AssertNothingStoredOrSentAsync(slack);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task SlackEndpoint_ValidRequestReplayedSixMinutesLater_AnswersUnauthorizedAndChangesNothing(string path)
    {
        var slack = await StartAsync();
        var original = ValidRequest(slack.Requests, path);
        var replay = await SlackRequests.CopyAsync(original);
        var (first, _) = await slack.SendAsync(original);
        await slack.SettleAsync();
        var before = await FootprintAsync(slack);

        slack.Clock.Advance(TimeSpan.FromMinutes(6));
        var (status, _) = await slack.SendAsync(replay);
        await slack.SettleAsync();

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(before, await FootprintAsync(slack));
    }

    [Theory]
    [InlineData(Events, "this is not JSON", JsonType)]
    [InlineData(Events, "", JsonType)]
    [InlineData(Events, """["an","array"]""", JsonType)]
    [InlineData(Events, """{"type":"event_callback","event":"not an object"}""", JsonType)]
    [InlineData(Commands, "%%%&&&===", FormType)]
    [InlineData(Commands, "", FormType)]
    [InlineData(Commands, "team_id=T0001&user_id=UANN&text=list", FormType)]
    [InlineData(Commands, "team_id=T0001&team_id=T0002&channel_id=C0001&user_id=UANN&command=%2Fcoord&text=list", FormType)]
    [InlineData(Interactions, "payload=not-json", FormType)]
    [InlineData(Interactions, "payload=%5B1%2C2%5D", FormType)]
    [InlineData(Interactions, "team_id=T0001", FormType)]
    [InlineData(Interactions, "", FormType)]
    public async Task SlackEndpoint_SignedButMalformedBody_AnswersBadRequestAndStoresNothing(string path, string body, string contentType)
    {
        var slack = await StartAsync();

        var (status, _) = await slack.SendAsync(slack.Requests.SignedRequest(path, body, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        await AssertNothingStoredOrSentAsync(slack);
    }

    [Theory]
    [InlineData(Commands, false)]
    [InlineData(Events, false)]
    [InlineData(Interactions, false)]
    [InlineData(Commands, true)]
    [InlineData(Events, true)]
    [InlineData(Interactions, true)]
    public async Task SlackEndpoint_BodyOverOneMebibyte_AnswersPayloadTooLargeAndStoresNothing(string path, bool withoutContentLength)
    {
        var slack = await StartAsync();
        var request = slack.Requests.SignedRequest(path, "text=" + new string('x', RequestBody.MaxBytes), path == Events ? JsonType : FormType);
        if (withoutContentLength)
        {
            // Sent in chunks: the size is only found out while reading.
            request.Headers.TransferEncodingChunked = true;
        }

        var (status, _) = await slack.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        await AssertNothingStoredOrSentAsync(slack);
    }

    /// <summary>A request each endpoint accepts and acts on: an ask, a mention asking for the list, a press of Acknowledge.</summary>
    private static HttpRequestMessage ValidRequest(SlackRequests requests, string path) => path switch
    {
        Commands => requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann),
        Events => requests.Mention(Ann, "list"),
        _ => requests.Press(MessageButton.Acknowledge, "CR-1", Bob, "1764170000.000001"),
    };

    private static async Task<HttpRequestMessage> ForgeAsync(SlackTestHost slack, HttpRequestMessage request, string forgery)
    {
        switch (forgery)
        {
            case TamperedSignature:
                var signature = request.Headers.GetValues(SlackRequestVerifier.SignatureHeader).Single();
                request.Headers.Remove(SlackRequestVerifier.SignatureHeader);
                request.Headers.Add(SlackRequestVerifier.SignatureHeader, signature[..^1] + (signature[^1] == '0' ? '1' : '0'));
                break;
            case TamperedBody:
                var body = await request.Content!.ReadAsStringAsync();
                request.Content = new StringContent(body.Replace(Ann, Eve, StringComparison.Ordinal).Replace(Bob, Eve, StringComparison.Ordinal), Encoding.UTF8, request.Content.Headers.ContentType!.MediaType!);
                break;
            case NoSignature:
                request.Headers.Remove(SlackRequestVerifier.SignatureHeader);
                break;
            case NoTimestamp:
                request.Headers.Remove(SlackRequestVerifier.TimestampHeader);
                break;
            default:
                slack.Clock.Advance(TimeSpan.FromMinutes(6));
                break;
        }

        return request;
    }

    private static async Task AssertNothingStoredOrSentAsync(SlackTestHost slack)
    {
        await slack.SettleAsync();
        Assert.Equal(new Footprint(0, 0, 0, 0, 0, 0), await FootprintAsync(slack));
    }

    private static Task<Footprint> FootprintAsync(SlackTestHost slack) => slack.App.QueryAsync(async db => new Footprint(
        await db.Workspaces.CountAsync(),
        await db.People.CountAsync(),
        await db.Requests.CountAsync(),
        await db.InboundEvents.CountAsync(),
        await db.OutboxMessages.CountAsync(),
        slack.Slack.Calls.Count));

    /// <summary>Everything a request could have left behind: rows, and calls to Slack.</summary>
    private sealed record Footprint(int Workspaces, int People, int Requests, int InboundEvents, int OutboxMessages, int SlackCalls);
}

public sealed class SqliteSlackRefusalScenarios() : SlackRefusalScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackRefusalScenarios(PostgresFixture server) : SlackRefusalScenarios(new PostgresDatabases(server));
