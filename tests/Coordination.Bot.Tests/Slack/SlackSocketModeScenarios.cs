using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Slack.Socket;
using Coordination.Testing;
using Coordination.Testing.Slack;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// Slack over Socket Mode, on each database engine: the bot opens two connections through a fake
/// <c>apps.connections.open</c>, acknowledges every envelope on the socket it came on, acts on each once however often
/// and wherever it is delivered, and replaces a connection Slack asks it to refresh before that one closes.
/// </summary>
public abstract class SlackSocketModeScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task SocketMode_EnvelopesOfEveryKindDeliveredTwiceAndAcrossARefresh_AckedEachTimeActedOnOnce()
    {
        await using var sockets = await FakeSocketMode.StartAsync();
        var api = await FakeSlackApi.StartAsync();
        api.SocketModeUrl = sockets.Url;
        var slack = await StartAsync(new Dictionary<string, string?> { ["Slack:AppToken"] = "xapp-1-test", ["Slack:SocketConnections"] = "2" }, api);
        using var stop = new CancellationTokenSource();
        var client = slack.App.Services.GetRequiredService<SocketModeClient>();
        var running = client.RunAsync(stop.Token);
        var (first, second) = await BothAsync(sockets);

        var ask = SocketModeEnvelopes.SlashCommand("env-ask", Ann, $"ask <@{Bob}|bob> <@{Carol}|carol> review the rollout plan", "trigger-ask");
        await first.SendAsync(ask);
        var answer = await first.WaitForAckAsync("env-ask");
        await second.SendAsync(ask);
        var repeated = await second.WaitForAckAsync("env-ask");

        Assert.Equal("ephemeral", answer["payload"]!["response_type"]!.GetValue<string>());
        Assert.Contains("CR-1", answer["payload"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(repeated["payload"]);
        await slack.SettleAsync();
        var post = Assert.Single(api.CallsTo("chat.postMessage"));
        var thread = await ThreadOfAsync(slack, 1);

        await first.SendAsync(SocketModeEnvelopes.Disconnect("refresh_requested"));
        var replacement = (await sockets.WaitForSocketsAsync(3))[2];
        await Waits.UntilAsync(() => first.IsClosed ? first : null, TimeSpan.FromSeconds(10), () => "The refreshed socket was never closed.");

        Assert.True(sockets.History.ToList().IndexOf("open 3") < sockets.History.ToList().IndexOf("close 1"), string.Join(", ", sockets.History));
        Assert.Equal(3, client.Opened);

        var reply = slack.Requests.ThreadMessage(Bob, thread, "Looks good to me");
        await replacement.SendAsync(SocketModeEnvelopes.Event("env-reply", "Ev-reply", reply));
        await second.SendAsync(SocketModeEnvelopes.Event("env-reply-again", "Ev-reply", reply, retryAttempt: 1));
        var press = SocketModeEnvelopes.Press("env-press", Carol, MessageButton.Acknowledge, "CR-1", thread, post["text"]!, "trigger-press");
        await second.SendAsync(press);
        await replacement.SendAsync(press);
        await replacement.WaitForAckAsync("env-reply");
        await second.WaitForAckAsync("env-reply-again");
        await second.WaitForAckAsync("env-press");
        await replacement.WaitForAckAsync("env-press");
        await slack.SettleAsync();

        Assert.All(sockets.Sockets, s => Assert.Equal(s.Acks.Count, s.Acks.Select(a => a["envelope_id"]!.GetValue<string>()).Distinct().Count()));
        Assert.Equal(1, await slack.App.QueryAsync(db => db.Requests.CountAsync()));
        Assert.Equal(1, await slack.App.QueryAsync(db => db.InboundEvents.CountAsync()));
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Bob));
        Assert.Equal(StakeholderState.Responded, await StateOfAsync(slack, Carol));
        Assert.Equal(thread, Assert.Single(api.CallsTo("chat.update"))["ts"]);
        Assert.Equal(Carol, Assert.Single(api.CallsTo("chat.postEphemeral"))["user"]);
        await stop.CancelAsync();
        await running;
    }

    private static async Task<(FakeSocket First, FakeSocket Second)> BothAsync(FakeSocketMode sockets)
    {
        var both = await sockets.WaitForSocketsAsync(2);
        return (both[0], both[1]);
    }
}

public sealed class SqliteSlackSocketModeScenarios() : SlackSocketModeScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackSocketModeScenarios(PostgresFixture server) : SlackSocketModeScenarios(new PostgresDatabases(server));
