using Coordination.Teams.Outbound;

namespace Coordination.Teams.Tests.Outbound;

public sealed class ConnectorErrorsTests
{
    [Theory]
    [InlineData(400, "error-400-could-not-parse-tenant-id.json", "BadSyntax", "Could not parse tenant id")]
    [InlineData(401, "error-401-authorization-denied.json", "Unauthorized", "Authorization has been denied for this request.")]
    [InlineData(403, "error-403-bot-not-in-conversation-roster.json", "BotNotInConversationRoster", "The bot is not part of the conversation roster.")]
    [InlineData(403, "error-403-message-writes-blocked.json", "MessageWritesBlocked", "Thread is blocked from message writes.")]
    public void Parse_FixtureBodies_ReadTheirCodesAndMessages(int status, string fixture, string code, string message)
    {
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));

        Assert.Equal(new ConnectorError(code, message), ConnectorErrors.Parse(status, body));
    }

    [Theory]
    [InlineData(404, "", "NotFound")]
    [InlineData(502, "<html>Bad Gateway</html>", "BadGateway")]
    [InlineData(429, "[]", "TooManyRequests")]
    [InlineData(403, """{"errorCode":209,"message":"not json"}""", "Forbidden")]
    [InlineData(499, null, "http_499")]
    public void Parse_NoCodeInTheBody_TheStatusName(int status, string? body, string code)
    {
        Assert.Equal(code, ConnectorErrors.Parse(status, body).Code);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(412, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(413, false)]
    public void IsTransientStatus_RetryOnlyWhatTeamsSaysToRetry(int status, bool transient)
    {
        Assert.Equal(transient, ConnectorErrors.IsTransientStatus(status));
    }

    [Fact]
    public void Describe_KnownCode_CodeFirstThenTheExplanation()
    {
        Assert.StartsWith("BotNotInConversationRoster: the bot is not in the person's roster", ConnectorErrors.Describe("BotNotInConversationRoster"), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnknownCode_CodeFirstThenTheConnectorsMessage()
    {
        Assert.Equal("SomethingNew: It went wrong.", ConnectorErrors.Describe("SomethingNew", " It went wrong. "));
    }
}
