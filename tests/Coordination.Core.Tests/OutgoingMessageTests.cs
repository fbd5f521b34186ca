using Coordination.Core.Chat;

namespace Coordination.Core.Tests;

public class OutgoingMessageTests
{
    private static OutgoingMessage Message(string text, params Mention[] mentions) =>
        new(ChatPlatform.Local, "T1", MessageDestination.DirectTo("U1"), text, mentions, []);

    [Fact]
    public void PlainText_MentionTokens_BecomeAtDisplayName()
    {
        var message = Message("<@U1> asked <@U12>; <@U1> again", new Mention("U1", "Alice"), new Mention("U12", "Bob"));

        var text = message.PlainText();

        Assert.Equal("@Alice asked @Bob; @Alice again", text);
    }

    [Fact]
    public void PlainText_NoMentions_ReturnsTextUnchanged()
    {
        var message = Message("plain <@U9> text");

        var text = message.PlainText();

        Assert.Equal("plain <@U9> text", text);
    }
}
