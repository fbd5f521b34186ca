using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coordination.Slack.Inbound;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Slack.Tests.Inbound;

public sealed class SlackRequestVerifierTests
{
    private readonly string _secret;
    private readonly string _timestamp;
    private readonly byte[] _body;
    private readonly string _signature;
    private readonly FakeTimeProvider _time;

    public SlackRequestVerifierTests()
    {
        var vector = InboundFixtures.Json("signing_test_vector_slack_docs.json");
        _secret = vector["signing_secret"]!.GetValue<string>();
        _timestamp = vector["x_slack_request_timestamp"]!.GetValue<string>();
        _body = InboundFixtures.Utf8(vector["raw_body"]!.GetValue<string>());
        _signature = vector["expected_x_slack_signature"]!.GetValue<string>();
        _time = new FakeTimeProvider(SentAt(_timestamp));
    }

    [Fact]
    public void Verify_SlackDocsTestVector_Valid()
    {
        Assert.Equal(SlackVerification.Valid, Verifier().Verify(_timestamp, _signature, _body));
    }

    [Fact]
    public void Sign_SlackDocsTestVector_GivesTheDocumentedSignature()
    {
        Assert.Equal(_signature, Verifier().Sign(_timestamp, _body));
    }

    [Fact]
    public void Sign_SlackDocsTestVector_SignsTheDocumentedBasestring()
    {
        var basestring = InboundFixtures.Json("signing_test_vector_slack_docs.json")["basestring"]!.GetValue<string>();
        var hmac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), Encoding.UTF8.GetBytes(basestring));

        Assert.Equal("v0=" + Convert.ToHexStringLower(hmac), Verifier().Sign(_timestamp, _body));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-1)]
    public void Verify_OneByteOfTheBodyChanged_BadSignature(int index)
    {
        var body = (byte[])_body.Clone();
        var at = index < 0 ? body.Length - 1 : index;
        body[at] ^= 0x01;

        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, _signature, body));
    }

    [Fact]
    public void Verify_ByteAppendedToTheBody_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, _signature, [.. _body, (byte)'&']));
    }

    [Fact]
    public void Verify_EmptyBody_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, _signature, []));
    }

    [Fact]
    public void Verify_WrongSecret_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier("8f742231b10e8888abcd99yyyzzz85a6").Verify(_timestamp, _signature, _body));
    }

    [Fact]
    public void Verify_ChangedTimestampWithinWindow_BadSignature()
    {
        var changed = (long.Parse(_timestamp, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(changed, _signature, _body));
    }

    [Fact]
    public void Verify_SameTimestampWithLeadingZero_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify("0" + _timestamp, _signature, _body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-300 * 2)]
    [InlineData(-3600)]
    [InlineData(86_400)]
    public void Verify_ClockMoreThanFiveMinutesAway_Stale(int offsetSeconds)
    {
        var verifier = new SlackRequestVerifier(_secret, new FakeTimeProvider(SentAt(_timestamp).AddSeconds(offsetSeconds)));

        Assert.Equal(SlackVerification.Stale, verifier.Verify(_timestamp, _signature, _body));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    [InlineData(-299)]
    [InlineData(299)]
    public void Verify_ClockWithinFiveMinutes_Valid(int offsetSeconds)
    {
        var verifier = new SlackRequestVerifier(_secret, new FakeTimeProvider(SentAt(_timestamp).AddSeconds(offsetSeconds)));

        Assert.Equal(SlackVerification.Valid, verifier.Verify(_timestamp, _signature, _body));
    }

    [Fact]
    public void Verify_StaleRequestWithBadSignature_Stale()
    {
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(SlackVerification.Stale, Verifier().Verify(_timestamp, "v0=00", _body));
    }

    [Fact]
    public void Verify_FreshlySignedRequest_Valid()
    {
        var verifier = Verifier();
        var now = _time.GetUtcNow().AddHours(5);
        _time.SetUtcNow(now);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = InboundFixtures.Bytes("slash_command_form_body.txt");

        Assert.Equal(SlackVerification.Valid, verifier.Verify(timestamp, verifier.Sign(timestamp, body), body));
    }

    [Theory]
    [InlineData(null, "v0=abc")]
    [InlineData("", "v0=abc")]
    [InlineData("1531420618", null)]
    [InlineData("1531420618", "")]
    [InlineData(null, null)]
    public void Verify_MissingHeader_MissingHeaders(string? timestamp, string? signature)
    {
        Assert.Equal(SlackVerification.MissingHeaders, Verifier().Verify(timestamp, signature, _body));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData("+1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("1531420618 ")]
    [InlineData("1,531,420,618")]
    [InlineData("0x5B47A2CA")]
    [InlineData("99999999999999999999999999")]
    public void Verify_UnreadableTimestamp_MissingHeaders(string timestamp)
    {
        Assert.Equal(SlackVerification.MissingHeaders, Verifier().Verify(timestamp, _signature, _body));
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("253402300799")]
    [InlineData("253402300800")]
    [InlineData("0")]
    public void Verify_TimestampFarFromNowOrBeyondDateRange_StaleWithoutThrowing(string timestamp)
    {
        Assert.Equal(SlackVerification.Stale, Verifier().Verify(timestamp, _signature, _body));
    }

    [Fact]
    public void Verify_HugeTimestampCorrectlySigned_Stale()
    {
        var verifier = Verifier();
        const string Timestamp = "9223372036854775807";

        Assert.Equal(SlackVerification.Stale, verifier.Verify(Timestamp, verifier.Sign(Timestamp, _body), _body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSecret_NoSecretEvenForACorrectlySignedRequest(string? secret)
    {
        Assert.Equal(SlackVerification.NoSecret, Verifier(secret).Verify(_timestamp, _signature, _body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoSecretAndNoHeaders_NoSecret(string? secret)
    {
        Assert.Equal(SlackVerification.NoSecret, Verifier(secret).Verify(null, null, []));
    }

    [Fact]
    public void Sign_NoSecret_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Verifier(null).Sign(_timestamp, _body));
    }

    [Fact]
    public void Verify_UppercaseHexSignature_BadSignature()
    {
        var upper = "v0=" + _signature["v0=".Length..].ToUpperInvariant();

        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, upper, _body));
    }

    [Fact]
    public void Verify_UppercaseVersionPrefix_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, "V0=" + _signature[3..], _body));
    }

    [Fact]
    public void Verify_SignatureWithoutVersionPrefix_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, _signature["v0=".Length..], _body));
    }

    [Fact]
    public void Verify_OtherVersionPrefix_BadSignature()
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, "v1=" + _signature[3..], _body));
    }

    [Theory]
    [InlineData("v0=")]
    [InlineData("v0=a2114d57")]
    [InlineData("garbage")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503 ")]
    [InlineData(" v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503,v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=é2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Verify_MalformedSignature_BadSignatureWithoutThrowing(string signature)
    {
        Assert.Equal(SlackVerification.BadSignature, Verifier().Verify(_timestamp, signature, _body));
    }

    private static DateTimeOffset SentAt(string timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, CultureInfo.InvariantCulture));

    private SlackRequestVerifier Verifier() => Verifier(_secret);

    private SlackRequestVerifier Verifier(string? secret) => new(secret, _time);
}
