using System.Net;
using System.Text.RegularExpressions;
using Coordination.Testing;
using Coordination.Testing.Slack;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// The bot killed outright (SIGKILL) while it is posting a burst of requests into one channel, then started again on
/// the same database: every post arrives, in order, and only the one that was in flight when it died can arrive twice.
/// </summary>
public abstract partial class SlackCrashScenario(ITestDatabases databases) : IAsyncLifetime
{
    private const int Asks = 30;
    private FakeSlackApi? _slack;

    [Fact]
    public async Task KilledMidBurst_RestartedOnTheSameDatabase_NothingLostOnlyTheMessageInFlightRepeated()
    {
        _slack = await FakeSlackApi.StartAsync();
        _slack.Latency = TimeSpan.FromMilliseconds(100);
        var (provider, connection) = await databases.CreateAsync();
        // The dead instance's lease on the channel runs out after five seconds (two minutes by default), then the new one takes over.
        var settings = SlackTestHost.Settings(_slack, new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider, ["ConnectionStrings:Coordination"] = connection, ["Outbox:ClaimLease"] = "00:00:05",
        });
        var requests = new SlackRequests(TimeProvider.System);

        await using (var first = await ChildBot.StartAsync(settings))
        {
            for (var i = 0; i < Asks; i++)
            {
                using var response = await first.Http.SendAsync(requests.Command($"ask <@UBOB|bob> crash check {i:D2}", "UANN"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            await Eventually.Async(() => Task.FromResult(Posts().Count >= Asks / 3 ? Posts() : null), "a third of the posts", TimeSpan.FromSeconds(30));
            await first.KillAsync();
        }

        var postedBeforeTheCrash = Posts().Count;
        await using var second = await ChildBot.StartAsync(settings);
        await Eventually.Async(() => Task.FromResult(Posts().Distinct().Count() == Asks ? Posts() : null), "every post", TimeSpan.FromSeconds(60));

        var posts = Posts();
        Assert.InRange(postedBeforeTheCrash, Asks / 3, Asks - 1);
        Assert.InRange(posts.Count, Asks, Asks + 1);
        Assert.Equal(Enumerable.Range(0, Asks), posts.Distinct().Select(int.Parse));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }

        databases.Dispose();
    }

    /// <summary>
    /// The number in each request post that reached the channel, in arrival order (the morning summaries sent to Ann
    /// and Bob by direct message list the same titles, and are not posts into the channel).
    /// </summary>
    private List<string> Posts() =>
    [
        .. _slack!.CallsTo("chat.postMessage")
            .Where(c => c["channel"] == SlackRequests.Channel)
            .Select(c => CrashCheck().Match(c["text"] ?? string.Empty))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value),
    ];

    [GeneratedRegex(@"crash check (\d\d)")]
    private static partial Regex CrashCheck();
}

public sealed class SqliteSlackCrashScenario() : SlackCrashScenario(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackCrashScenario(PostgresFixture server) : SlackCrashScenario(new PostgresDatabases(server));
