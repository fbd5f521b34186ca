using Coordination.Bot.LocalChat;
using Coordination.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Bot.Tests.LocalChat;

public sealed class LocalChannelTests
{
    [Fact]
    public async Task Send_MessageWithAFile_KeptWithItsFile()
    {
        var channel = new LocalChannel(NullLogger<LocalChannel>.Instance);
        var message = Message() with { File = new MessageFile("digest.png", MessageFile.Png, [1, 2, 3], "Last 8 weeks") };

        var result = await channel.SendAsync(message, CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.Equal([1, 2, 3], Assert.Single(channel.Messages).Message.File!.Content);
    }

    [Fact]
    public async Task Send_TwoMessages_IdsFollowOnFromTheStartSecondAndEachDeliveryIsAnnouncedWithItsTime()
    {
        var clock = new FakeTimeProvider(BotApp.Thursday);
        var channel = new LocalChannel(NullLogger<LocalChannel>.Instance, clock);
        var announced = new List<LocalChatMessage>();
        channel.Delivered += (_, delivered) => announced.Add(delivered);

        await channel.SendAsync(Message(), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await channel.SendAsync(Message(), CancellationToken.None);

        var start = BotApp.Thursday.ToUnixTimeSeconds();
        Assert.Equal([$"{start}.000001", $"{start}.000002"], announced.Select(m => m.Id));
        Assert.Equal(second.MessageId, announced[1].Id);
        Assert.Equal(BotApp.Thursday.AddMinutes(1), announced[1].DeliveredAt);
        Assert.Equal(announced, channel.Messages);
    }

    [Fact]
    public void TextOf_MessageWithAFile_NamesTheFileAfterTheText()
    {
        var message = Message() with { File = new MessageFile("digest.png", MessageFile.Png, [1, 2, 3], "Last 8 weeks") };

        Assert.Equal("Weekly digest for @Bo [file: Last 8 weeks (digest.png, 3 bytes)]", LocalChannel.TextOf(message));
    }

    [Fact]
    public void TextOf_MessageWithoutAFile_ThePlainText()
    {
        Assert.Equal("Weekly digest for @Bo", LocalChannel.TextOf(Message()));
    }

    private static OutgoingMessage Message() =>
        new(ChatPlatform.Local, "local", MessageDestination.InThread(new ThreadRef("general", null)), "Weekly digest for <@U1>", [new Mention("U1", "Bo")], []);
}
