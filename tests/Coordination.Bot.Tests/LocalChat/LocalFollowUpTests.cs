using System.Net;
using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>"Follow up on this" on the local page, and an <c>ask</c> written in the direct message with the bot.</summary>
public sealed class LocalFollowUpTests() : LocalChatTests(new SqliteDatabases())
{
    [Fact]
    public async Task FollowUp_OnAChannelMessage_AnswersTheActorAloneInItsThreadWithTheFormPrefilled()
    {
        await using var host = await StartAsync();
        var written = await host.WriteAsync("U-ALICE", "@Bob can you check the rollout plan?");
        var id = written.GetProperty("message").GetProperty("id").GetString()!;

        var answer = await host.PostAsync("/local/follow-up", new { @as = "U-ALICE", messageId = id });

        var shown = host.Transcript.Find(answer.GetProperty("formMessage").GetString()!)!;
        Assert.Equal(("U-ALICE", id), (shown.VisibleTo, shown.ThreadId));
        var form = shown.Source!.Form!;
        Assert.Equal(FollowUpForm.Kind, form.Kind);
        Assert.Equal(new ThreadRef("#platform", id), form.State.Where);
        Assert.Equal("@Bob can you check the rollout plan?", form.Fields.Single(f => f.Id == FollowUpForm.Title).Value);
        Assert.DoesNotContain(form.Fields, f => f.Id == FollowUpForm.Channel);
    }

    [Theory]
    [InlineData("{\"as\":\"U-ALICE\",\"messageId\":\"1.000999\"}", HttpStatusCode.NotFound)]
    [InlineData("{\"as\":\"U-NOBODY\",\"messageId\":\"1.000001\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"as\":\"U-ALICE\",", HttpStatusCode.BadRequest)]
    public async Task FollowUp_UnknownMessageOrPersonOrMalformed_RefusedAndNothingWritten(string body, HttpStatusCode expected)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.PostAsync("/local/follow-up", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, host.Transcript.Version);
    }

    [Fact]
    public async Task FollowUp_OnSomeoneElsesDirectMessage_NotFound()
    {
        await using var host = await StartAsync();
        var written = await host.PostAsync("/local/messages", new { @as = "U-BOB", dm = "U-CAROL", text = "between us" });

        await host.PostAsync("/local/follow-up", new { @as = "U-ALICE", messageId = written.GetProperty("message").GetProperty("id").GetString() }, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AskInTheDirectMessageWithTheBot_AnsweredWithTheFormAskingWhichChannel_AndNothingRecorded()
    {
        await using var host = await StartAsync();

        await host.PostAsync("/local/messages", new { @as = "U-ALICE", dm = "U-COORD", text = "ask @Bob the numbers by 2026-12-04" });

        var shown = host.Transcript.Since(0, "U-ALICE").Last(m => m.Source?.Form is not null);
        var form = shown.Source!.Form!;
        Assert.Equal(FollowUpForm.Kind, form.Kind);
        Assert.Equal("the numbers", form.Fields.Single(f => f.Id == FollowUpForm.Title).Value);
        Assert.Equal("U-BOB", form.Fields.Single(f => f.Id == FollowUpForm.Stakeholders).Value);
        Assert.Equal("2026-12-04", form.Fields.Single(f => f.Id == FollowUpForm.Due).Value);
        Assert.Equal(["#general", "#platform"], form.Fields.Single(f => f.Id == FollowUpForm.Channel).Options.Select(o => o.Value));
        Assert.Equal(0, await host.QueryAsync(db => db.Requests.CountAsync()));
    }
}
