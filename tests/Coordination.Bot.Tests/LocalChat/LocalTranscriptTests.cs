using Coordination.Bot.LocalChat;
using Coordination.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Bot.Tests.LocalChat;

public sealed class LocalTranscriptTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(BotApp.Thursday);
    private readonly LocalChannel _channel;
    private readonly LocalTranscript _transcript;

    public LocalTranscriptTests()
    {
        _channel = new LocalChannel(NullLogger<LocalChannel>.Instance, _clock);
        _transcript = new LocalTranscript(_channel, _clock);
    }

    [Fact]
    public async Task Delivered_ToTheLocalWorkspace_KeptWithMentionsAsNamesAndItsTime()
    {
        await SendAsync(MessageDestination.InThread(new ThreadRef("#platform", "1.000000")), "Friendly reminder, <@U-BOB>");

        var entry = Assert.Single(_transcript.Since(0, null));
        Assert.Equal(("#platform", "1.000000", LocalWorkspace.BotId), (entry.Conversation, entry.ThreadId, entry.Author));
        Assert.Equal("Friendly reminder, @Bob", entry.Text);
        Assert.Equal(BotApp.Thursday, entry.At);
    }

    [Fact]
    public async Task Delivered_ToAnotherWorkspace_NotKept()
    {
        await _channel.SendAsync(new OutgoingMessage(ChatPlatform.Local, "demo", MessageDestination.DirectTo("U-BOB"), "hi", [], []), CancellationToken.None);

        Assert.Empty(_transcript.Since(0, null));
        Assert.Single(_channel.Messages);
    }

    [Fact]
    public async Task Update_OfAKeptMessage_ReplacesItAtANewVersion()
    {
        var id = await SendAsync(MessageDestination.InThread(new ThreadRef("#platform", null)), "CR-1: review", MessageButton.ForRequest("CR-1"));
        var before = _transcript.Version;

        await SendAsync(MessageDestination.Replacing("#platform", id), "CR-1: review\n*Status:* closed");

        var entry = Assert.Single(_transcript.Since(before, null));
        Assert.Equal(id, entry.Id);
        Assert.True(entry.Edited);
        Assert.Empty(entry.Buttons);
        Assert.EndsWith("closed", entry.Text, StringComparison.Ordinal);
        Assert.Single(_transcript.Since(0, null));
    }

    [Fact]
    public async Task Since_APerson_SeesChannelsTheirOwnAnswersAndTheirDirectMessagesOnly()
    {
        await SendAsync(MessageDestination.EphemeralTo(new ThreadRef("#platform", null), "U-ALICE"), "Recorded CR-1");
        await SendAsync(MessageDestination.DirectTo("U-ALICE"), "Escalation");
        await SendAsync(MessageDestination.InThread(new ThreadRef("#general", null)), "Digest");
        _transcript.Write("U-ALICE", LocalWorkspace.DirectConversation("U-ALICE", "U-BOB"), null, "lunch?");

        Assert.Equal(4, _transcript.Since(0, "U-ALICE").Count);
        Assert.Equal(["Digest", "lunch?"], _transcript.Since(0, "U-BOB").Select(e => e.Text));
        Assert.Equal(["Digest"], _transcript.Since(0, "U-DAN").Select(e => e.Text));
        Assert.Equal("dm:U-ALICE", Assert.Single(_transcript.Since(0, "U-ALICE"), e => e.Text == "Escalation").Conversation);
    }

    [Fact]
    public async Task WaitAsync_SomethingWritten_Completes()
    {
        var waiting = _transcript.WaitAsync(_transcript.Version, TimeSpan.FromMinutes(5), CancellationToken.None);

        _transcript.Write("U-BOB", "#platform", null, "hello");

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, _transcript.Version);
    }

    [Fact]
    public async Task New_AfterTheChannelDelivered_KeepsWhatItHadDelivered()
    {
        await _channel.SendAsync(new OutgoingMessage(ChatPlatform.Local, LocalWorkspace.Id, MessageDestination.DirectTo("U-BOB"), "earlier", [], []), CancellationToken.None);

        using var later = new LocalTranscript(_channel, _clock);

        Assert.Equal("earlier", Assert.Single(later.Since(0, "U-BOB")).Text);
    }

    public void Dispose() => _transcript.Dispose();

    private async Task<string> SendAsync(MessageDestination destination, string text, IReadOnlyList<MessageButton>? buttons = null)
    {
        var result = await _channel.SendAsync(new OutgoingMessage(ChatPlatform.Local, LocalWorkspace.Id, destination, text, [], buttons ?? []), CancellationToken.None);
        return result.MessageId!;
    }
}
