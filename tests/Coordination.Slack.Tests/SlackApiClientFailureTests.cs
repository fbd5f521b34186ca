using System.Net;
using System.Net.Sockets;
using Coordination.Slack.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coordination.Slack.Tests;

public sealed class SlackApiClientFailureTests : FakeSlackTestBase
{
    [Fact]
    public async Task PostMessage_OkFalse_ReturnsSlackErrorNotTransientAndLogsWarningWithoutToken()
    {
        Fake.FailNext("chat.postMessage", error: "not_in_channel");

        var result = await CreateClient().PostMessageAsync(Token, "C1", "hi", null, null, CancellationToken.None);

        Assert.Equal((false, "not_in_channel", false), (result.Ok, result.Error, result.IsTransient));
        var warning = Assert.Single(ApiLog.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("chat.postMessage", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not_in_channel", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiLog.Entries, e => e.Message.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessage_OkFalseWithMetadataMessages_LogsTheMessages()
    {
        Fake.FailNext("chat.postMessage", body: """{"ok":false,"error":"invalid_blocks","response_metadata":{"messages":["[ERROR] bad block"]}}""");

        var result = await CreateClient().PostMessageAsync(Token, "C1", "hi", null, null, CancellationToken.None);

        Assert.Equal("invalid_blocks", result.Error);
        Assert.Contains(ApiLog.Entries, e => e.Message.Contains("[ERROR] bad block", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ratelimited")]
    [InlineData("internal_error")]
    [InlineData("fatal_error")]
    [InlineData("service_unavailable")]
    [InlineData("request_timeout")]
    public async Task PostMessage_OkFalseRetryableCode_IsTransient(string code)
    {
        Fake.FailNext("chat.postMessage", error: code);

        var result = await CreateClient().PostMessageAsync(Token, "C1", "hi", null, null, CancellationToken.None);

        Assert.Equal((code, true), (result.Error, result.IsTransient));
    }

    [Fact]
    public async Task PostMessage_Http429_IsTransientWithRetryAfterFromFixture()
    {
        Fake.FailNext("chat.postMessage", status: 429);

        var result = await CreateClient().PostMessageAsync(Token, "C1", "hi", null, null, CancellationToken.None);

        Assert.Equal(("ratelimited", true, TimeSpan.FromSeconds(30)), (result.Error, result.IsTransient, result.RetryAfter));
    }

    [Fact]
    public async Task PostMessage_Http500_IsTransientHttpError()
    {
        Fake.FailNext("chat.postMessage", status: 500);

        var result = await CreateClient().PostMessageAsync(Token, "C1", "hi", null, null, CancellationToken.None);

        Assert.Equal((false, "http_500", true), (result.Ok, result.Error, result.IsTransient));
    }

    [Fact]
    public async Task GetUser_BodyNotJson_ReturnsInvalidResponseWithoutThrowing()
    {
        Fake.FailNext("users.info", body: "<html>maintenance</html>");

        var result = await CreateClient().GetUserAsync(Token, "U1", CancellationToken.None);

        Assert.Equal((false, "invalid_response"), (result.Ok, result.Error));
    }

    [Fact]
    public async Task GetUser_UnknownUser_ReturnsUserNotFound()
    {
        Fake.FailNext("users.info", error: "user_not_found");

        var result = await CreateClient().GetUserAsync(Token, "U404", CancellationToken.None);

        Assert.Equal(("user_not_found", false), (result.Error, result.IsTransient));
    }

    [Fact]
    public async Task PostMessage_SlowerThanRequestTimeout_IsTransientTimeout()
    {
        Fake.FailNext("chat.postMessage", delay: TimeSpan.FromSeconds(30));

        var result = await CreateClient(TimeSpan.FromMilliseconds(200)).PostMessageAsync(Token, "C1", "hi", null, null, CancellationToken.None);

        Assert.Equal(("timeout", true), (result.Error, result.IsTransient));
    }

    [Fact]
    public async Task PostMessage_CallerCancels_Throws()
    {
        Fake.FailNext("chat.postMessage", delay: TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => CreateClient().PostMessageAsync(Token, "C1", "hi", null, null, cancel.Token));
    }

    [Fact]
    public async Task AuthTest_NothingListening_IsTransientNetworkError()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort()}/api/") };
        var client = new SlackApiClient(http, Options.Create(new SlackOptions()), ApiLog);

        var result = await client.AuthTestAsync(Token, CancellationToken.None);

        Assert.Equal(("network", true), (result.Error, result.IsTransient));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
