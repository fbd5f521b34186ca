using System.Text.Json.Nodes;
using Coordination.Core.Chat;
using Coordination.Testing.Slack;
using Microsoft.Extensions.Logging;

namespace Coordination.Slack.Tests;

/// <summary><see cref="Outbound.SlackApiClient.UploadFileAsync"/>: Slack's external upload, step by step.</summary>
public sealed class SlackFileUploadTests : FakeSlackTestBase
{
    private static readonly MessageFile Chart = new("digest-2026-W49.png", MessageFile.Png, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 0, 255], "Last 8 weeks");

    [Fact]
    public async Task UploadFile_Ok_ReservesSendsTheBytesAndSharesIntoTheThread()
    {
        var result = await CreateClient().UploadFileAsync(Token, "C1", "1700000000.000001", Chart, CancellationToken.None);

        Assert.Equal(["files.getUploadURLExternal", FakeSlackApi.UploadMethod, "files.completeUploadExternal"], Fake.Calls.Select(c => c.Method));
        var reserve = Fake.CallsTo("files.getUploadURLExternal")[0];
        Assert.Equal("application/x-www-form-urlencoded", reserve.ContentType);
        Assert.Equal(("digest-2026-W49.png", "9", "Last 8 weeks", "Bearer " + Token), (reserve["filename"], reserve["length"], reserve["alt_txt"], reserve.Authorization));
        var upload = Assert.Single(Fake.Uploads);
        Assert.Equal(Chart.Content, upload.Content);
        Assert.Null(Fake.CallsTo(FakeSlackApi.UploadMethod)[0].Authorization);
        var complete = Fake.CallsTo("files.completeUploadExternal")[0];
        Assert.Equal(("C1", "1700000000.000001", "Bearer " + Token), (complete["channel_id"], complete["thread_ts"], complete.Authorization));
        var shared = Assert.Single(complete.Body["files"]!.AsArray())!;
        Assert.Equal((upload.FileId, "Last 8 weeks"), (shared["id"]!.GetValue<string>(), shared["title"]!.GetValue<string>()));
        Assert.True(result.Ok);
        Assert.Equal(upload.FileId, result.Value);
    }

    [Fact]
    public async Task UploadFile_CsvWithoutThread_NoAltTextNoThread()
    {
        var csv = new MessageFile("requests.csv", MessageFile.Csv, "key,status\nCR-1,open\n"u8.ToArray(), "Open requests");

        var result = await CreateClient().UploadFileAsync(Token, "C1", null, csv, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.False(Fake.CallsTo("files.getUploadURLExternal")[0].Body.ContainsKey("alt_txt"));
        Assert.False(Fake.CallsTo("files.completeUploadExternal")[0].Body.ContainsKey("thread_ts"));
        Assert.Equal(csv.Content, Assert.Single(Fake.Uploads).Content);
    }

    [Fact]
    public async Task UploadFile_ReserveRefused_StopsWithTheErrorAndSendsNothing()
    {
        Fake.FailNext("files.getUploadURLExternal", error: "file_uploads_disabled");

        var result = await CreateClient().UploadFileAsync(Token, "C1", null, Chart, CancellationToken.None);

        Assert.Equal((false, "file_uploads_disabled", false), (result.Ok, result.Error, result.IsTransient));
        Assert.Empty(Fake.Uploads);
        Assert.Empty(Fake.CallsTo("files.completeUploadExternal"));
    }

    [Theory]
    [InlineData("http://files.example.com/upload/v1/F1")]
    [InlineData("not a url")]
    [InlineData(null)]
    public async Task UploadFile_UploadUrlNeitherHttpsNorLoopback_InvalidResponseAndNothingSent(string? uploadUrl)
    {
        var answer = new JsonObject { ["ok"] = true, ["file_id"] = "F1", ["upload_url"] = uploadUrl };
        Fake.FailNext("files.getUploadURLExternal", body: answer.ToJsonString());

        var result = await CreateClient().UploadFileAsync(Token, "C1", null, Chart, CancellationToken.None);

        Assert.Equal((false, "invalid_response"), (result.Ok, result.Error));
        Assert.Empty(Fake.CallsTo(FakeSlackApi.UploadMethod));
    }

    [Fact]
    public async Task UploadFile_BytesRefused_NotSharedAndLoggedWithoutTheUrl()
    {
        Fake.FailNext(FakeSlackApi.UploadMethod, status: 500);

        var result = await CreateClient().UploadFileAsync(Token, "C1", null, Chart, CancellationToken.None);

        Assert.Equal((false, "http_500", true), (result.Ok, result.Error, result.IsTransient));
        Assert.Empty(Fake.CallsTo("files.completeUploadExternal"));
        var warning = Assert.Single(ApiLog.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain("/upload/", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadFile_CompleteRefused_ReturnsTheError()
    {
        Fake.FailNext("files.completeUploadExternal", error: "not_in_channel");

        var result = await CreateClient().UploadFileAsync(Token, "C1", null, Chart, CancellationToken.None);

        Assert.Equal((false, "not_in_channel"), (result.Ok, result.Error));
        Assert.Single(Fake.Uploads);
    }
}
