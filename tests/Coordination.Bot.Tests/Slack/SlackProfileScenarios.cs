using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.Slack;

/// <summary>People's Slack profiles (<c>users.info</c>) are looked up after the command is answered, and their zones kept.</summary>
public abstract class SlackProfileScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task Command_NamingPeople_TheirSlackTimeZonesEndUpOnTheirPersonRows()
    {
        var slack = await StartAsync();

        var (_, zones) = await AskWhileProfilesAreLookedUpAsync(slack);

        Assert.Equal("Europe/Berlin", zones[Ann]);
        Assert.Equal("America/Los_Angeles", zones[Bob]);
        Assert.Equal([Ann, Bob], slack.Slack.CallsTo("users.info").Select(c => c["user"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Command_NamingPeopleSeenForTheFirstTime_SavedWithoutClashingWithTheirLookUps()
    {
        var slack = await StartAsync();

        var (reply, _) = await AskWhileProfilesAreLookedUpAsync(slack);

        // A look-up that created the people before the ask was saved made the save conflict, and its retry took CR-2.
        Assert.StartsWith("Recorded CR-1:", reply, StringComparison.Ordinal);
        Assert.Equal(1, await slack.App.QueryAsync(db => db.Workspaces.Select(w => w.LastRequestNumber).SingleAsync()));
    }

    /// <summary>Ann asks Bob with the profile look-ups running; the ask's answer, and the zones once both landed.</summary>
    private static async Task<(string Reply, Dictionary<string, string?> Zones)> AskWhileProfilesAreLookedUpAsync(SlackTestHost slack)
    {
        slack.Slack.SetUserTimeZone(Ann, "Europe/Berlin");
        slack.Slack.SetUserTimeZone(Bob, "America/Los_Angeles");
        await slack.StartProfileSyncAsync();
        var (_, body) = await slack.SendAsync(slack.Requests.Command($"ask <@{Bob}|bob> review the rollout plan", Ann));
        return (TextOf(body), await Eventually.Async(() => ZonesOnceAllKnownAsync(slack), "both time zones on the person rows"));
    }

    private static async Task<Dictionary<string, string?>?> ZonesOnceAllKnownAsync(SlackTestHost slack)
    {
        var zones = await slack.App.QueryAsync(db => db.People.ToDictionaryAsync(p => p.PlatformUserId, p => p.TimeZoneId));
        return zones.Count == 2 && zones.Values.All(z => z is not null) ? zones : null;
    }
}

public sealed class SqliteSlackProfileScenarios() : SlackProfileScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackProfileScenarios(PostgresFixture server) : SlackProfileScenarios(new PostgresDatabases(server));
