using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Coordination.Teams.Outbound;
using Coordination.Testing.Teams;
using Microsoft.Extensions.Logging;

namespace Coordination.Teams.Tests.Outbound;

public sealed class ConnectorClientTests : FakeConnectorTestBase
{
    private const string Channel = "19:abc123@thread.tacv2";
    private const string Thread = Channel + ";messageid=1759944781430";

    [Fact]
    public async Task SendActivity_ThreadConversation_PostsToTheEscapedIdWithBearerAndReturnsTheId()
    {
        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Thread, Activity("hello"), CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
        Assert.Equal("/amer/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1759944781430/activities", call.RawPath);
        Assert.Equal(Thread, call.ConversationId);
        Assert.Equal("Bearer " + Fake.IssuedTokens.Single(), call.Authorization);
        Assert.Equal("hello", call["text"]);
        Assert.False(string.IsNullOrEmpty(result.Value));
    }

    [Fact]
    public async Task SendActivity_ServiceUrlWithoutTrailingSlash_StillOneSlash()
    {
        var serviceUrl = new Uri(Fake.ServiceUrl.AbsoluteUri.TrimEnd('/'));

        var result = await CreateClient().SendActivityAsync(serviceUrl, "a:1xyz", Activity("hi"), CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal("/amer/v3/conversations/a%3A1xyz/activities", Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity)).RawPath);
    }

    [Fact]
    public async Task SendActivity_Twice_FreshIncreasingIdsAndOneToken()
    {
        var client = CreateClient();

        var first = await client.SendActivityAsync(Fake.ServiceUrl, Channel, Activity("one"), CancellationToken.None);
        var second = await client.SendActivityAsync(Fake.ServiceUrl, Channel, Activity("two"), CancellationToken.None);

        Assert.True(string.CompareOrdinal(first.Value, second.Value) < 0);
        Assert.Equal(1, Fake.TokenRequests);
    }

    [Fact]
    public async Task UpdateActivity_Ok_PutsToTheEscapedActivity()
    {
        var result = await CreateClient().UpdateActivityAsync(Fake.ServiceUrl, Thread, "1759944790000", Activity("new"), CancellationToken.None);

        Assert.Equal((true, "1759944790000"), (result.Ok, result.Value));
        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.UpdateActivity));
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/amer/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1759944781430/activities/1759944790000", call.RawPath);
        Assert.Equal("new", call["text"]);
    }

    [Fact]
    public async Task CreateDirectConversation_Ok_SendsTheBotTheMemberAndTheTenantTwice()
    {
        var result = await CreateClient().CreateDirectConversationAsync(Fake.ServiceUrl, Tenant, "29:1user", CancellationToken.None);

        Assert.Equal(FakeBotConnector.DirectConversationId("29:1user"), result.Value);
        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.CreateConversation));
        Assert.Equal(("POST", "/amer/v3/conversations"), (call.Method, call.RawPath));
        Assert.False(call.Body["isGroup"]!.GetValue<bool>());
        Assert.Equal("28:" + AppId, call.Body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1user", Assert.Single(call.Body["members"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(Tenant, call["tenantId"]);
        Assert.Equal(Tenant, call.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendActivity_TokenRevoked_InvalidatesItAndRetriesOnceWithAFreshOne()
    {
        var client = CreateClient();
        await client.SendActivityAsync(Fake.ServiceUrl, Channel, Activity("warm up"), CancellationToken.None);
        Fake.RevokeIssuedTokens();

        var result = await client.SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hello"), CancellationToken.None);

        Assert.True(result.Ok, result.Error);
        Assert.Equal(2, Fake.TokenRequests);
        var sends = Fake.CallsOf(FakeConnectorCallKind.SendActivity);
        Assert.Equal(3, sends.Count);
        Assert.Equal(("Bearer " + Fake.IssuedTokens[0], "Bearer " + Fake.IssuedTokens[1]), (sends[1].Authorization, sends[2].Authorization));
    }

    [Fact]
    public async Task SendActivity_UnauthorizedTwice_PermanentAfterOneRetry()
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 401, Fixture("error-401-authorization-denied.json"));
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 401, Fixture("error-401-authorization-denied.json"));

        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((false, "Unauthorized", false, 401), (result.Ok, result.Error, result.IsTransient, result.Status));
        Assert.Equal("Authorization has been denied for this request.", result.Detail);
        Assert.Equal(2, Fake.CallsOf(FakeConnectorCallKind.SendActivity).Count);
        Assert.Equal(2, Fake.TokenRequests);
    }

    [Fact]
    public async Task SendActivity_ThrottledWithRetryAfterSeconds_TransientWithThatDelay()
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 429, retryAfter: "7");

        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((false, "Throttled", true, TimeSpan.FromSeconds(7)), (result.Ok, result.Error, result.IsTransient, result.RetryAfter));
    }

    [Fact]
    public async Task SendActivity_ThrottledWithRetryAfterDate_TransientUntilThatDate()
    {
        var at = Time.GetUtcNow() + TimeSpan.FromSeconds(90);
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 429, retryAfter: at.ToString("R", CultureInfo.InvariantCulture));

        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((true, TimeSpan.FromSeconds(90)), (result.IsTransient, result.RetryAfter));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendActivity_RetryableStatus_Transient(int status)
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, status);

        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((false, true, status), (result.Ok, result.IsTransient, result.Status));
    }

    [Theory]
    [InlineData(400, "error-400-could-not-parse-tenant-id.json", "BadSyntax")]
    [InlineData(403, "error-403-bot-not-in-conversation-roster.json", "BotNotInConversationRoster")]
    [InlineData(403, "error-403-message-writes-blocked.json", "MessageWritesBlocked")]
    [InlineData(404, null, "ConversationNotFound")]
    [InlineData(413, null, "MessageSizeTooBig")]
    public async Task SendActivity_PermanentStatus_NotTransientWithTheConnectorsCode(int status, string? fixture, string code)
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, status, fixture is null ? null : Fixture(fixture));

        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((false, code, false, status), (result.Ok, result.Error, result.IsTransient, result.Status));
        Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
    }

    [Fact]
    public async Task SendActivity_Failure_LogsTheCorrelatingOperationIdAndNeverTheToken()
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 403);

        await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        var warning = Assert.Single(ApiLog.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("BotNotInConversationRoster", warning.Message, StringComparison.Ordinal);
        Assert.Matches("operation id fake-op-[0-9]+", warning.Message);
        Assert.DoesNotContain(AllLogs(), m => Fake.IssuedTokens.Any(t => m.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendActivity_SlowerThanTheTimeout_TransientTimeout()
    {
        var client = CreateClient(options: Options(timeout: TimeSpan.FromMilliseconds(300)));
        await client.SendActivityAsync(Fake.ServiceUrl, Channel, Activity("warm up"), CancellationToken.None);
        Fake.DelayNext(FakeConnectorCallKind.SendActivity, TimeSpan.FromSeconds(30));

        var result = await client.SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((ConnectorErrors.Timeout, true), (result.Error, result.IsTransient));
    }

    [Fact]
    public async Task SendActivity_CallerCancels_Throws()
    {
        Fake.DelayNext(FakeConnectorCallKind.SendActivity, TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), cancel.Token));
    }

    [Fact]
    public async Task SendActivity_NothingListening_TransientNetworkError()
    {
        var result = await CreateClient().SendActivityAsync(new Uri($"http://127.0.0.1:{ClosedPort()}/amer/"), Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal((ConnectorErrors.NetworkError, true), (result.Error, result.IsTransient));
    }

    [Fact]
    public async Task SendActivity_TokenRefused_FailsWithTheTokenErrorAndSendsNothing()
    {
        Fake.FailNext(FakeConnectorCallKind.Token, 400, """{"error":"unauthorized_client","error_codes":[700016]}""");

        var result = await CreateClient().SendActivityAsync(Fake.ServiceUrl, Channel, Activity("hi"), CancellationToken.None);

        Assert.Equal(("unauthorized_client", false), (result.Error, result.IsTransient));
        Assert.Empty(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
    }

    private static JsonObject Activity(string text) => new() { ["type"] = "message", ["text"] = text };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
