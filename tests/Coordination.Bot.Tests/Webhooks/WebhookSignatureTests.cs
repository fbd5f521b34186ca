using Coordination.Core.Webhooks;

namespace Coordination.Bot.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    /// <summary>The test vector the README prints: receivers can check their own verification against it.</summary>
    public const string Secret = "whsec_0123456789abcdef";
    public const long Timestamp = 1796031000;
    public const string Body = """{"id":"evt_0193a1b2c3d4","type":"request.created","time":"2026-11-30T09:30:00Z","workspace":"T0001","object":{"key":"CR-12"}}""";
    public const string Expected = "v0=c00b18b5970281af83beed4d0f26007af96375ddcc138e41d73452966c00c372";

    [Fact]
    public void Sign_TheReadmeVector_GivesTheReadmeSignature() =>
        Assert.Equal(Expected, WebhookSignature.Sign(Secret, Timestamp, Body));

    [Fact]
    public void Verify_AChangedBodyOrTimestamp_Fails()
    {
        Assert.True(WebhookSignature.Verify(Secret, Timestamp, Body, Expected));
        Assert.False(WebhookSignature.Verify(Secret, Timestamp + 1, Body, Expected));
        Assert.False(WebhookSignature.Verify(Secret, Timestamp, Body.Replace("CR-12", "CR-13", StringComparison.Ordinal), Expected));
        Assert.False(WebhookSignature.Verify("whsec_other", Timestamp, Body, Expected));
    }

    [Fact]
    public void NewSecret_EachTime_IsDifferentAndLong()
    {
        var first = WebhookSignature.NewSecret();

        Assert.NotEqual(first, WebhookSignature.NewSecret());
        Assert.Matches("^whsec_[0-9a-f]{64}$", first);
    }
}
