using Coordination.Teams.Inbound;

namespace Coordination.Teams.Tests.Inbound;

public sealed class BotFrameworkOpenIdMetadataTests
{
    [Fact]
    public void Parse_RealFixture_ReadsIssuerAndJwksUri()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "botframework-openid-configuration.json"));

        var metadata = BotFrameworkOpenIdMetadata.Parse(json, TeamsOptions.BotFrameworkOpenIdMetadata);

        Assert.NotNull(metadata);
        Assert.Equal(BotFrameworkTokenValidator.Issuer, metadata.Issuer);
        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/keys"), metadata.JwksUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"jwks_uri": 42}""")]
    [InlineData("""{"jwks_uri": "/v1/.well-known/keys"}""")]
    [InlineData("""{"jwks_uri": "http://login.botframework.com/v1/.well-known/keys"}""")]
    [InlineData("""{"jwks_uri": "file:///etc/keys"}""")]
    public void Parse_NoUsableHttpsJwksUri_Null(string json)
    {
        Assert.Null(BotFrameworkOpenIdMetadata.Parse(json, TeamsOptions.BotFrameworkOpenIdMetadata));
    }

    [Fact]
    public void Parse_HttpJwksUriFromHttpMetadata_Accepted()
    {
        var metadata = BotFrameworkOpenIdMetadata.Parse("""{"jwks_uri": "http://127.0.0.1:5000/keys"}""", new Uri("http://127.0.0.1:5000/metadata"));

        Assert.NotNull(metadata);
        Assert.Null(metadata.Issuer);
    }

    [Fact]
    public void KeySetParse_KeysWithAndWithoutEndorsements_KeptPerKid()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var p = rsa.ExportParameters(false);
        var n = System.Buffers.Text.Base64Url.EncodeToString(p.Modulus);
        var e = System.Buffers.Text.Base64Url.EncodeToString(p.Exponent);
        var json = $$"""
            {"keys": [
              {"kty": "RSA", "use": "sig", "kid": "a", "n": "{{n}}", "e": "{{e}}", "endorsements": ["msteams", "skype", 7]},
              {"kty": "RSA", "use": "sig", "kid": "b", "n": "{{n}}", "e": "{{e}}"},
              {"kty": "RSA", "use": "enc", "kid": "c", "n": "{{n}}", "e": "{{e}}", "endorsements": ["msteams"]},
              {"kty": "RSA", "use": "sig", "kid": "a", "n": "{{n}}", "e": "{{e}}", "endorsements": ["webchat"]}
            ]}
            """;

        var keys = BotFrameworkKeySet.Parse(json, DateTimeOffset.UnixEpoch);

        Assert.NotNull(keys);
        Assert.Equal(2, keys.Count);
        Assert.Equal(["msteams", "skype"], keys.Find("a")!.Endorsements.Order(StringComparer.Ordinal));
        Assert.Empty(keys.Find("b")!.Endorsements);
        Assert.Null(keys.Find("c"));
        Assert.Null(keys.Find("A"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"keys": {}}""")]
    [InlineData("nonsense")]
    public void KeySetParse_NotAJwks_Null(string json)
    {
        Assert.Null(BotFrameworkKeySet.Parse(json, DateTimeOffset.UnixEpoch));
    }
}
