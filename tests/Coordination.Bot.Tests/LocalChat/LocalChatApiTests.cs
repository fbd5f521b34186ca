using Coordination.Bot.LocalChat;
using System.Net;
using System.Text;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>The local chat's API answers bad input with 400 (malformed), 404 (no such message), 409 or 413, never 500.</summary>
public sealed class LocalChatApiTests() : LocalChatTests(new SqliteDatabases())
{

    [Fact]
    public async Task Post_BodyOverOneMebibyte_PayloadTooLarge()
    {
        await using var host = await StartAsync();
        var text = new string('a', (1 << 20) + 10);

        using var response = await host.Http.PostAsync("/local/messages", new StringContent($$"""{"as":"U-ALICE","channel":"#platform","text":"{{text}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, host.Transcript.Version);
    }

    [Theory]
    [InlineData("{\"as\":\"U-ALICE\",")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("{\"as\":\"U-ALICE\",\"channel\":\"#platform\",\"text\":42}")]
    [InlineData("{\"as\":\"U-NOBODY\",\"channel\":\"#platform\",\"text\":\"hi\"}")]
    [InlineData("{\"channel\":\"#platform\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"channel\":\"#platform\",\"dm\":\"U-BOB\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"channel\":\"platform\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"dm\":\"U-ALICE\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"dm\":\"U-NOBODY\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"channel\":\"#platform\",\"thread\":\"1.000999\",\"text\":\"hi\"}")]
    [InlineData("{\"as\":\"U-ALICE\",\"channel\":\"#platform\",\"text\":\"   \"}")]
    public async Task Post_MalformedOrUnknownPersonOrPlaceOrNoText_BadRequestSayingWhyAndNothingWritten(string body)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.PostAsync("/local/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Transcript.Version);
    }

    [Theory]
    [InlineData("/local/press", "not json")]
    [InlineData("/local/press", "{\"as\":\"U-NOBODY\",\"messageId\":\"1.000001\",\"action\":\"ack\",\"value\":\"CR-1\"}")]
    [InlineData("/local/fast-forward", "{\"by\":")]
    [InlineData("/local/fast-forward", "{\"by\":\"48h\",\"as\":\"U-NOBODY\"}")]
    public async Task PressOrFastForward_MalformedOrUnknownPerson_BadRequest(string path, string body)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(LocalChatHost.Monday, host.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData("/local/state?as=U-NOBODY")]
    [InlineData("/local/state")]
    [InlineData("/local/messages?as=U-NOBODY")]
    [InlineData("/local/events?as=U-NOBODY")]
    [InlineData("/local/messages?since=soon")]
    public async Task Get_UnknownPersonOrBadVersion_BadRequest(string path)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Press_AButtonTheMessageDoesNotHave_BadRequest()
    {
        await using var host = await StartAsync();
        var written = await host.WriteAsync("U-ALICE", "hello");

        await host.PostAsync("/local/press", new { @as = "U-ALICE", messageId = written.GetProperty("message").GetProperty("id").GetString(), action = "ack", value = "CR-1" }, HttpStatusCode.BadRequest);
        await host.PostAsync("/local/press", new { @as = "U-ALICE", messageId = "1.999999", action = "ack", value = "CR-1" }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FastForward_UnknownStep_BadRequest()
    {
        await using var host = await StartAsync();

        var answer = await host.PostAsync("/local/fast-forward", new { by = "1y" }, HttpStatusCode.BadRequest);

        Assert.Contains("48h", answer.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(LocalChatHost.Monday, host.Clock.GetUtcNow());
    }

    [Fact]
    public async Task FastForward_WhenTheClockCannotMove_ConflictSayingWhy()
    {
        await using var host = await StartAsync(shiftable: false);

        var answer = await host.PostAsync("/local/fast-forward", new { by = "48h" }, HttpStatusCode.Conflict);

        Assert.Contains("real time", answer.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_OfAMessageWithout_NotFound()
    {
        await using var host = await StartAsync();
        var written = await host.WriteAsync("U-ALICE", "hello");

        using var response = await host.Http.GetAsync($"/local/messages/{written.GetProperty("message").GetProperty("id").GetString()}/file");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
