using System.Text.Json;
using Coordination.Bot.Tests.LocalChat;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Scheduling;

/// <summary>"find 30 minutes with @bob and @carol this week" on the local chat: London, Berlin and New York meet at 14:00 UTC.</summary>
public abstract class LocalScheduleScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";
    private const string Carol = "U-CAROL";
    private const string Dan = "U-DAN";

    [Fact]
    public async Task FindTime_BothPickTheSameSlot_TheThreadSaysAgreedAndTheTrailShowsThePicks()
    {
        await using var host = await StartAsync();
        var post = await ScheduleAsync(host);

        Assert.Equal(
            ["Mon 30 Nov 14:00–14:30 UTC", "Tue 1 Dec 14:00–14:30 UTC", "Wed 2 Dec 14:00–14:30 UTC", "None of these work…"],
            post.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        await PressAsync(host, Bob, post, "slot-2");
        await PressAsync(host, Carol, post, "slot-2");

        var agreed = await Waits.UntilAsync(
            async () => (await host.MessagesAsync()).FirstOrDefault(m => m.GetProperty("text").GetString()!.StartsWith("Agreed:", StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } m ? m.GetProperty("text").GetString() : null,
            TimeSpan.FromSeconds(10),
            () => "no agreement in the thread");
        Assert.StartsWith("Agreed: Tue 1 Dec 14:00–14:30 UTC with @Bob and @Carol", agreed, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Resolved, await host.QueryAsync(db => db.Requests.Select(r => r.Status).SingleAsync()));
        var status = await host.WriteAsync(Alice, "/coord status CR-1");
        Assert.Contains("picked Tue 1 Dec 14:00", status.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlotButton_PressedByDan_TellsHimItIsNotHis()
    {
        await using var host = await StartAsync();
        var post = await ScheduleAsync(host);

        var answer = await PressAsync(host, Dan, post, "slot-1");

        Assert.False(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        Assert.Contains("Only the people CR-1 waits on", answer.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.MeetingPicks.CountAsync()));
    }

    [Fact]
    public async Task Schedule_WhenNothingFits_SaysSoAndRecordsNothing()
    {
        await using var host = await StartAsync();

        var answer = await host.WriteAsync(Alice, "/coord schedule 4h with @bob @carol today");

        Assert.Equal("No 240-minute slot fits everyone's working hours today; try tomorrow.", answer.GetProperty("reply").GetProperty("text").GetString());
        Assert.Equal(0, await host.QueryAsync(db => db.Requests.CountAsync()));
    }

    private static async Task<JsonElement> ScheduleAsync(LocalChatHost host)
    {
        var answer = await host.WriteAsync(Alice, "@coord let's find 30 minutes with @bob and @carol this week");
        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean(), answer.ToString());
        var posts = await Waits.UntilAsync(
            async () => (await host.MessagesAsync()).Where(m => m.GetProperty("text").GetString()!.StartsWith("CR-1:", StringComparison.Ordinal)).ToList() is [_] found ? found : null,
            TimeSpan.FromSeconds(10),
            () => "no CR-1 post");
        return posts[0];
    }

    private static Task<JsonElement> PressAsync(LocalChatHost host, string who, JsonElement post, string action) =>
        host.PostAsync("/local/press", new { @as = who, messageId = post.GetProperty("id").GetString(), action, value = "CR-1" });
}

public sealed class SqliteLocalScheduleScenarios() : LocalScheduleScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresLocalScheduleScenarios(PostgresFixture server) : LocalScheduleScenarios(new PostgresDatabases(server));
