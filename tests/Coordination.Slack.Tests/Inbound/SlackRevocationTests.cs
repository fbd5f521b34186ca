using System.Text.Json.Nodes;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

/// <summary><c>app_uninstalled</c> and <c>tokens_revoked</c>, as Slack sends them for a workspace and for an org-wide install.</summary>
public sealed class SlackRevocationTests
{
    [Theory]
    [InlineData("event_app_uninstalled.json", "TXXXXXXXX")]
    [InlineData("event_app_uninstalled_org_install.json", "E111")]
    public void AppUninstalled_Parsed_RevokesTheBotTokenOfItsWorkspace(string fixture, string workspace)
    {
        var envelope = InboundFixtures.Envelope(fixture);

        Assert.True(envelope.IsRevocation);
        Assert.Equal(workspace, envelope.WorkspaceId);
        Assert.True(envelope.RevokesBotToken("UANY"));
        Assert.Null(SlackInboundParser.FromEvent(envelope));
    }

    [Theory]
    [InlineData("event_tokens_revoked.json", "TXXXXXXXX", "UXXXXXXXX")]
    [InlineData("event_tokens_revoked_org_install.json", "E111", "W222")]
    public void TokensRevoked_NamingTheBotUser_RevokesTheBotToken(string fixture, string workspace, string botUser)
    {
        var envelope = InboundFixtures.Envelope(fixture);

        Assert.True(envelope.IsRevocation);
        Assert.Equal(workspace, envelope.WorkspaceId);
        Assert.True(envelope.RevokesBotToken(botUser));
        Assert.True(envelope.RevokesBotToken(null));
        Assert.False(envelope.RevokesBotToken("UOTHERBOT"));
    }

    [Fact]
    public void TokensRevoked_OnlyUserTokens_LeavesTheBotToken()
    {
        var json = InboundFixtures.Json("event_tokens_revoked.json");
        json["event"]!["tokens"]!["bot"] = new JsonArray();
        var envelope = InboundFixtures.Envelope(json);

        Assert.False(envelope.RevokesBotToken(null));
    }

    [Fact]
    public void Mention_Parsed_IsNoRevocation()
    {
        var envelope = InboundFixtures.Envelope("event_app_mention.json");

        Assert.False(envelope.IsRevocation);
        Assert.False(envelope.RevokesBotToken(null));
    }
}
