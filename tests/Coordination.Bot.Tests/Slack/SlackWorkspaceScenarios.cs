using System.Net;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>Each Slack workspace has its own requests and numbers; nothing reaches across.</summary>
public abstract class SlackWorkspaceScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    private const string OtherTeam = "T0002";
    private const string OtherChannel = "C0002";

    [Theory]
    [InlineData("status CR-1", Eve)]
    [InlineData("ack CR-1", Bob)]
    [InlineData("cancel CR-1", Ann)]
    public async Task OtherWorkspace_CommandOnARequestOfAnotherWorkspace_AnswersThereIsNoSuchRequestAndChangesNothing(string command, string user)
    {
        var slack = await StartAsync();
        await AskBobAsync(slack);

        var (status, body) = await slack.SendAsync(slack.Requests.Command(command, user, OtherChannel, OtherTeam));
        await slack.SettleAsync();
        await slack.App.AdvanceAsync(TimeSpan.FromHours(48));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("There is no CR-1 in this workspace.", TextOf(body), StringComparison.Ordinal);
        var request = await slack.App.QueryAsync(db => db.Requests.Include(r => r.Attempts).SingleAsync());
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.DoesNotContain(request.Attempts, a => a.Kind is AttemptKind.Acknowledge or AttemptKind.Cancel);
        Assert.Equal(StakeholderState.Waiting, await StateOfAsync(slack, Bob));
        Assert.Single(NudgesTo(slack, Bob));
    }

    [Fact]
    public async Task TwoWorkspaces_EachAsks_EachGetsItsOwnCr1InItsOwnChannel()
    {
        var slack = await StartAsync();

        var (_, first) = await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann));
        var (_, second) = await slack.SendAsync(slack.Requests.Command($"ask <@{Dan}|dan> order the cake", Carol, OtherChannel, OtherTeam));
        await slack.SettleAsync();

        Assert.StartsWith("Recorded CR-1:", TextOf(first), StringComparison.Ordinal);
        Assert.StartsWith("Recorded CR-1:", TextOf(second), StringComparison.Ordinal);
        var requests = await slack.App.QueryAsync(db => db.Requests.Select(r => new { Team = r.Workspace.ExternalId, r.Number, r.Channel }).ToListAsync());
        Assert.Equal(
            [$"{SlackRequests.Team} CR-1 {SlackRequests.Channel}", $"{OtherTeam} CR-1 {OtherChannel}"],
            requests.Select(r => $"{r.Team} {RequestKey.Format(r.Number)} {r.Channel}").Order(StringComparer.Ordinal));
        var posts = slack.Slack.CallsTo("chat.postMessage");
        Assert.Contains(posts, p => p["channel"] == SlackRequests.Channel && p["text"]!.StartsWith("CR-1:", StringComparison.Ordinal) && p["text"]!.Contains("rollout plan", StringComparison.Ordinal));
        Assert.Contains(posts, p => p["channel"] == OtherChannel && p["text"]!.StartsWith("CR-1:", StringComparison.Ordinal) && p["text"]!.Contains("order the cake", StringComparison.Ordinal));
    }
}

public sealed class SqliteSlackWorkspaceScenarios() : SlackWorkspaceScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackWorkspaceScenarios(PostgresFixture server) : SlackWorkspaceScenarios(new PostgresDatabases(server));
