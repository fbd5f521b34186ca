using System.Text;
using Coordination.Core.Trackers;

namespace Coordination.Core.Tests.Trackers;

public class WebhookSignatureTests
{
    // GitHub's documented test vector ("Validating webhook deliveries").
    private const string Secret = "It's a Secret to Everybody";
    private const string Expected = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello, World!");

    [Fact]
    public void HexHmacSha256_GitHubDocsVector_Matches() => Assert.Equal(Expected, WebhookSignature.HexHmacSha256(Secret, Body));

    [Fact]
    public void Matches_GitHubDocsVectorWithPrefix_True() => Assert.True(WebhookSignature.Matches(Secret, Body, "sha256=" + Expected, "sha256="));

    [Fact]
    public void Matches_UpperCaseHex_True() => Assert.True(WebhookSignature.Matches(Secret, Body, Expected.ToUpperInvariant()));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("757107ea")]
    [InlineData("sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("sha256=857107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("sha256=z57107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    public void Matches_MissingWrongOrMalformedSignature_False(string? presented) =>
        Assert.False(WebhookSignature.Matches(Secret, Body, presented, "sha256="));

    [Fact]
    public void Matches_NoSecret_FalseEvenForTheEmptySecretsHmac() =>
        Assert.False(WebhookSignature.Matches(string.Empty, Body, WebhookSignature.HexHmacSha256(string.Empty, Body)));

    [Fact]
    public void Matches_BodyChangedByOneByte_False() =>
        Assert.False(WebhookSignature.Matches(Secret, Encoding.UTF8.GetBytes("Hello, World?"), Expected));
}
