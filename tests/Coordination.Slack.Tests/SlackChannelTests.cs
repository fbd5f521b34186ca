using Coordination.Core.Chat;
using Coordination.Slack.Outbound;
using Coordination.Testing.Slack;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Coordination.Slack.Tests;

public sealed class SlackChannelTests : FakeSlackTestBase
{
    private readonly Mock<ISlackTokenSource> _tokens = new();

    public SlackChannelTests() =>
        _tokens.Setup(t => t.BotTokenAsync("T1", It.IsAny<CancellationToken>())).ReturnsAsync(Token);

    [Fact]
    public async Task Send_Thread_PostsIntoThreadWithBlocksAndReturnsTs()
    {
        var result = await Channel().SendAsync(Message(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        var call = Assert.Single(Fake.CallsTo("chat.postMessage"));
        Assert.True(result.Delivered);
        Assert.Equal(("C1", "1.1", "Bearer " + Token), (call["channel"], call["thread_ts"], call.Authorization));
        Assert.Equal("coord-actions", call.Body["blocks"]![1]!["block_id"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(result.MessageId));
    }

    [Fact]
    public async Task Send_ChannelWithoutThread_PostsTopLevel()
    {
        var result = await Channel().SendAsync(Message(MessageDestination.InThread(new ThreadRef("C1", null))), CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.False(Assert.Single(Fake.CallsTo("chat.postMessage")).Body.ContainsKey("thread_ts"));
    }

    [Fact]
    public async Task Send_DirectTwice_OpensTheConversationOnceAndPostsIntoIt()
    {
        var channel = Channel();

        var first = await channel.SendAsync(Message(MessageDestination.DirectTo("U5")), CancellationToken.None);
        var second = await channel.SendAsync(Message(MessageDestination.DirectTo("U5")), CancellationToken.None);

        Assert.True(first.Delivered && second.Delivered);
        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.Equal("U5", Assert.Single(Fake.CallsTo("conversations.open"))["users"]);
        Assert.All(Fake.CallsTo("chat.postMessage"), c => Assert.Equal("DU5", c["channel"]));
    }

    [Fact]
    public async Task Send_Ephemeral_PostsOnlyForTheRecipient()
    {
        var result = await Channel().SendAsync(Message(MessageDestination.EphemeralTo(new ThreadRef("C1", "1.1"), "U2")), CancellationToken.None);

        Assert.True(result.Delivered);
        var call = Assert.Single(Fake.CallsTo("chat.postEphemeral"));
        Assert.Equal(("C1", "U2", "1.1"), (call["channel"], call["user"], call["thread_ts"]));
    }

    [Fact]
    public async Task Send_Update_UpdatesTheMessage()
    {
        var result = await Channel().SendAsync(Message(MessageDestination.Replacing("C1", "1.9")), CancellationToken.None);

        Assert.Equal(DeliveryResult.Success("1.9"), result);
        var call = Assert.Single(Fake.CallsTo("chat.update"));
        Assert.Equal(("C1", "1.9"), (call["channel"], call["ts"]));
    }

    [Fact]
    public async Task Send_NotInstalled_RejectedWithoutCallingSlack()
    {
        var result = await Channel().SendAsync(Message(MessageDestination.DirectTo("U5")) with { WorkspaceId = "T404" }, CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.StartsWith("not_installed: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Fake.Calls);
    }

    [Fact]
    public async Task Send_RateLimited_TransientWithRetryAfter()
    {
        Fake.FailNext("chat.postMessage", status: 429);

        var result = await Channel().SendAsync(Message(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        Assert.Equal(DeliveryResult.Transient("ratelimited", TimeSpan.FromSeconds(30)), result);
    }

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    [InlineData("is_archived")]
    [InlineData("invalid_auth")]
    [InlineData("token_revoked")]
    [InlineData("missing_scope")]
    [InlineData("some_new_code")]
    public async Task Send_TerminalSlackError_RejectedStartingWithTheCode(string code)
    {
        Fake.FailNext("chat.postMessage", error: code);

        var result = await Channel().SendAsync(Message(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.StartsWith(code + ": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ServerError_Transient()
    {
        Fake.FailNext("chat.postMessage", status: 500);

        var result = await Channel().SendAsync(Message(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        Assert.Equal(DeliveryResult.Transient("http_500"), result);
    }

    [Fact]
    public async Task Send_BodyNotJson_FailsWithoutThrowing()
    {
        Fake.FailNext("chat.update", body: "<html>oops</html>");

        var result = await Channel().SendAsync(Message(MessageDestination.Replacing("C1", "1.9")), CancellationToken.None);

        Assert.Equal((false, "invalid_response"), (result.Delivered, result.Error));
    }

    [Fact]
    public async Task Send_DmCannotOpen_RejectedAndNothingPosted()
    {
        Fake.FailNext("conversations.open", error: "cannot_dm_bot");

        var result = await Channel().SendAsync(Message(MessageDestination.DirectTo("UBOT")), CancellationToken.None);

        Assert.StartsWith("cannot_dm_bot: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Fake.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Send_ThreadWithFile_PostsThenSharesTheFileIntoTheSameThread()
    {
        var result = await Channel().SendAsync(WithChart(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.Equal(["chat.postMessage", "files.getUploadURLExternal", FakeSlackApi.UploadMethod, "files.completeUploadExternal"], Fake.Calls.Select(c => c.Method));
        Assert.Equal(Chart.Content, Assert.Single(Fake.Uploads).Content);
        var complete = Assert.Single(Fake.CallsTo("files.completeUploadExternal"));
        Assert.Equal(("C1", "1.1"), (complete["channel_id"], complete["thread_ts"]));
        Assert.Equal("<@U2> please confirm", Fake.CallsTo("chat.postMessage")[0]["text"]);
    }

    [Fact]
    public async Task Send_TopLevelWithFile_SharesIntoTheChannelOutsideAnyThread()
    {
        var result = await Channel().SendAsync(WithChart(MessageDestination.InThread(new ThreadRef("C1", null))), CancellationToken.None);

        Assert.True(result.Delivered);
        var complete = Assert.Single(Fake.CallsTo("files.completeUploadExternal"));
        Assert.Equal("C1", complete["channel_id"]);
        Assert.False(complete.Body.ContainsKey("thread_ts"));
    }

    [Fact]
    public async Task Send_DirectWithFile_SharesIntoTheDirectMessageChannel()
    {
        var result = await Channel().SendAsync(WithChart(MessageDestination.DirectTo("U5")), CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.Equal("DU5", Assert.Single(Fake.CallsTo("files.completeUploadExternal"))["channel_id"]);
    }

    [Theory]
    [InlineData("files.getUploadURLExternal")]
    [InlineData(FakeSlackApi.UploadMethod)]
    [InlineData("files.completeUploadExternal")]
    public async Task Send_FileStepFails_MessageStillDeliveredAndAWarningWithoutTheToken(string failingStep)
    {
        Fake.FailNext(failingStep, status: 500);
        var log = new RecordingLogger<SlackChannel>();

        var result = await Channel(log).SendAsync(WithChart(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.False(string.IsNullOrEmpty(result.MessageId));
        var warning = Assert.Single(log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("digest.png", warning.Message, StringComparison.Ordinal);
        Assert.Contains("http_500", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Entries.Concat(ApiLog.Entries), e => e.Message.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_PostFailsWithFile_NothingUploaded()
    {
        Fake.FailNext("chat.postMessage", error: "not_in_channel");

        var result = await Channel().SendAsync(WithChart(MessageDestination.InThread(new ThreadRef("C1", "1.1"))), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Empty(Fake.CallsTo("files.getUploadURLExternal"));
    }

    [Fact]
    public async Task Send_EphemeralOrUpdateWithFile_NoUpload()
    {
        var channel = Channel();

        var ephemeral = await channel.SendAsync(WithChart(MessageDestination.EphemeralTo(new ThreadRef("C1", "1.1"), "U2")), CancellationToken.None);
        var update = await channel.SendAsync(WithChart(MessageDestination.Replacing("C1", "1.9")), CancellationToken.None);

        Assert.True(ephemeral.Delivered && update.Delivered);
        Assert.Empty(Fake.CallsTo("files.getUploadURLExternal"));
    }

    [Fact]
    public void Platform_IsSlack() => Assert.Equal(ChatPlatform.Slack, Channel().Platform);

    private static readonly MessageFile Chart = new("digest.png", MessageFile.Png, [0x89, 0x50, 0x4E, 0x47, 9, 8, 7], "Last 8 weeks");

    private SlackChannel Channel(ILogger<SlackChannel>? log = null) =>
        new(CreateClient(), _tokens.Object, log ?? NullLogger<SlackChannel>.Instance);

    private static OutgoingMessage WithChart(MessageDestination destination) => Message(destination) with { File = Chart };

    private static OutgoingMessage Message(MessageDestination destination) =>
        new(ChatPlatform.Slack, "T1", destination, "<@U2> please confirm", [new Mention("U2", "Bo")], MessageButton.ForRequest("REQ-1"));
}
