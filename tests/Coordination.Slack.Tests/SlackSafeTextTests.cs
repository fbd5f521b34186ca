using Coordination.Core.Chat;
using Coordination.Slack.Outbound;

namespace Coordination.Slack.Tests;

/// <summary>What a person wrote reaches Slack without pinging a channel, a group, or hiding where a link goes.</summary>
public sealed class SlackSafeTextTests
{
    private const string WordJoiner = "\u2060";

    [Theory]
    [InlineData("<!channel>", "@channel")]
    [InlineData("<!here>", "@here")]
    [InlineData("<!everyone>", "@everyone")]
    [InlineData("<!here|here>", "@here")]
    [InlineData("<!channel|@ops>", "@channel")]
    public void Of_Broadcast_ShownAsPlainWordsWithoutTheToken(string broadcast, string shown)
    {
        var safe = SlackSafeText.Of($"ship it {broadcast} now");

        Assert.DoesNotContain("<!", safe, StringComparison.Ordinal);
        Assert.Equal($"ship it {shown.Insert(1, WordJoiner)} now", safe);
        Assert.Equal($"ship it {shown} now", safe.Replace(WordJoiner, string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("@channel")]
    [InlineData("@here")]
    [InlineData("@everyone")]
    public void Of_TypedBroadcastWord_CannotBeReadAsABroadcast(string typed)
    {
        Assert.Equal($"hey {typed.Insert(1, WordJoiner)}", SlackSafeText.Of($"hey {typed}"));
    }

    [Fact]
    public void Of_UserGroupPing_ShownAsItsLabel()
    {
        Assert.Equal($"ask @{WordJoiner}backend today", SlackSafeText.Of("ask <!subteam^S0614TZR7|@backend> today"));
        Assert.Equal($"ask @{WordJoiner}group today", SlackSafeText.Of("ask <!subteam^S0614TZR7> today"));
    }

    [Fact]
    public void Of_DateNotAsTheBotWritesIt_ShownAsItsLabel()
    {
        Assert.Equal("see Friday", SlackSafeText.Of("see <!date^1700000000^{date}^https://evil.example|Friday>"));
        Assert.Equal("see noon", SlackSafeText.Of("see <!date^1700000000^{date} at {time}|noon>"));
    }

    [Fact]
    public void Of_TheBotsOwnDate_StaysADate()
    {
        var date = ChatText.Date(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), "{date_short_pretty} {time}", "Thu 3 Dec 09:00 UTC");

        Assert.Equal($"due {date}", SlackSafeText.Of($"due {date}"));
    }

    [Theory]
    [InlineData("<@U0BOB0002>", "<@U0BOB0002>")]
    [InlineData("<@U0BOB0002|the-ceo>", "<@U0BOB0002>")]
    [InlineData("<@W0BOB0002|bob>", "<@W0BOB0002>")]
    public void Of_PersonMention_StaysAMentionWithoutItsLabel(string written, string sent)
    {
        Assert.Equal($"thanks {sent}", SlackSafeText.Of($"thanks {written}"));
    }

    [Fact]
    public void Of_ChannelLink_StaysALink()
    {
        Assert.Equal("in <#C024BE7LR>", SlackSafeText.Of("in <#C024BE7LR|general>"));
    }

    [Theory]
    [InlineData("<https://evil.example|docs>", "docs (<https://evil.example>)")]
    [InlineData("<https://evil.example/login|https://good.example>", "https://good.example (<https://evil.example/login>)")]
    [InlineData("<https://good.example>", "<https://good.example>")]
    [InlineData("<https://good.example|good.example>", "<https://good.example>")]
    [InlineData("<mailto:bob@example.com|bob@example.com>", "<mailto:bob@example.com>")]
    public void Of_Link_ShowsItsRealAddress(string written, string sent)
    {
        Assert.Equal($"read {sent}", SlackSafeText.Of($"read {written}"));
    }

    [Theory]
    [InlineData("a < b > c", "a &lt; b &gt; c")]
    [InlineData("List<T> and <b>bold</b>", "List&lt;T&gt; and &lt;b&gt;bold&lt;/b&gt;")]
    [InlineData("R&D *plan*, email bob@example.com", "R&D *plan*, email bob@example.com")]
    public void Of_OtherText_ShownAsWritten(string written, string sent)
    {
        Assert.Equal(sent, SlackSafeText.Of(written));
    }
}
