using System.Net;
using System.Text;
using System.Text.Json;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>The local page's forms: a bot message carries its form, and <c>POST /local/forms</c> runs it for the person acting.</summary>
public abstract class LocalChatFormScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";
    private const string Bot = "U-COORD";

    [Fact]
    public async Task SnoozePress_ShowsBobTheSnoozeFormAndNextMondaySnoozesToMondayInHisZone()
    {
        await using var host = await StartAsync();
        var form = await PressForFormAsync(host, "snooze");

        Assert.Equal(RequestForms.Snooze, form.GetProperty("form").GetProperty("kind").GetString());
        Assert.Equal(["choice", "date"], form.GetProperty("form").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));

        var answer = await SubmitAsync(host, form, new() { [RequestForms.For] = RequestForms.NextMonday });

        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("field").ValueKind);
        var until = await host.QueryAsync(db => db.Stakeholders.Select(s => s.SnoozedUntil).SingleAsync());
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(1)), until);
    }

    [Fact]
    public async Task SnoozeForm_ADateInThePast_ComesBackOnTheDateFieldAndSnoozesNothing()
    {
        await using var host = await StartAsync();
        var form = await PressForFormAsync(host, "snooze");

        var answer = await SubmitAsync(host, form, new() { [RequestForms.For] = RequestForms.OnDate, [RequestForms.Until] = "2026-11-29" });

        Assert.Equal(RequestForms.Until, answer.GetProperty("field").GetString());
        Assert.Contains("after today", answer.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Null(await host.QueryAsync(db => db.Stakeholders.Select(s => s.SnoozedUntil).SingleAsync()));
    }

    [Fact]
    public async Task DeclineForm_EmptyThenWithAReason_FirstTheFieldsProblemThenDeclinedInTheThread()
    {
        await using var host = await StartAsync();
        var form = await PressForFormAsync(host, "decline");

        var empty = await SubmitAsync(host, form, new() { [RequestForms.Reason] = "" });
        Assert.Equal(RequestForms.Reason, empty.GetProperty("field").GetString());
        Assert.Equal(StakeholderState.Waiting, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));

        await SubmitAsync(host, form, new() { [RequestForms.Reason] = "not my team" });

        Assert.Equal(StakeholderState.Declined, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
        Assert.Contains(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.Contains("declined: not my team", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotMeForm_OffersTheOthersAndHandsBobsPartToCarol()
    {
        await using var host = await StartAsync();
        var form = await PressForFormAsync(host, "redirect");
        var options = form.GetProperty("form").GetProperty("fields")[0].GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()).ToList();
        Assert.Contains("U-CAROL", options);
        Assert.DoesNotContain(Bob, options);

        await SubmitAsync(host, form, new() { [RequestForms.Person] = "U-CAROL", [RequestForms.Note] = "Carol owns it" });

        var waiting = await host.QueryAsync(db => db.Stakeholders.Where(s => s.State == StakeholderState.Waiting).Select(s => s.Person.PlatformUserId).ToListAsync());
        Assert.Equal(["U-CAROL"], waiting);
        Assert.Contains(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.Contains("Carol owns it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DecideAlone_TheDecisionFormWorksOnTheLocalPageToo()
    {
        await using var host = await StartAsync();
        await host.WriteAsync(Alice, "/coord decide");
        var form = Assert.Single(await host.MessagesAsync(Alice), m => m.TryGetProperty("form", out var f) && f.ValueKind == JsonValueKind.Object);

        await SubmitAsync(host, form, new() { [ChatForms.DecisionText] = "Ship on Postgres" }, Alice);

        Assert.Equal("Ship on Postgres", await host.QueryAsync(db => db.Decisions.Select(d => d.Text).SingleAsync()));
    }

    [Fact]
    public async Task Submit_ToSomeoneElsesFormOrAMessageWithoutOne_NotFoundAndNothingChanges()
    {
        await using var host = await StartAsync();
        var form = await PressForFormAsync(host, "decline");
        var post = Assert.Single(await host.MessagesAsync(), m => m.GetProperty("text").GetString()!.StartsWith("CR-1:", StringComparison.Ordinal));

        await host.PostAsync("/local/forms", new { @as = Alice, messageId = form.GetProperty("id").GetString(), values = new Dictionary<string, string> { ["reason"] = "x" } }, HttpStatusCode.NotFound);
        await host.PostAsync("/local/forms", new { @as = Bob, messageId = post.GetProperty("id").GetString(), values = new Dictionary<string, string> { ["reason"] = "x" } }, HttpStatusCode.NotFound);

        Assert.Equal(StakeholderState.Waiting, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
    }

    [Theory]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"as\":\"U-NOBODY\",\"messageId\":\"1\",\"values\":{}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"as\":\"U-BOB\",\"messageId\":\"1\",\"values\":{\"reason\":42}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"as\":\"U-BOB\",\"messageId\":\"1\",\"values\":[]}", HttpStatusCode.BadRequest)]
    public async Task Submit_Malformed_BadRequest(string body, HttpStatusCode expected)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.PostAsync("/local/forms", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Submit_BodyOverOneMebibyte_PayloadTooLarge()
    {
        await using var host = await StartAsync();
        var reason = new string('a', (1 << 20) + 10);

        using var response = await host.Http.PostAsync("/local/forms", new StringContent($$$"""{"as":"U-BOB","messageId":"1","values":{"reason":"{{{reason}}}"}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>Alice asks Bob; Bob presses <paramref name="action"/> on the post; the message carrying the form (only Bob sees it).</summary>
    private static async Task<JsonElement> PressForFormAsync(LocalChatHost host, string action)
    {
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");
        var post = Assert.Single(await host.MessagesAsync(), m => m.GetProperty("author").GetString() == Bot && m.GetProperty("text").GetString()!.StartsWith("CR-1:", StringComparison.Ordinal));
        await host.PostAsync("/local/press", new { @as = Bob, messageId = post.GetProperty("id").GetString(), action, value = "CR-1" });
        return Assert.Single(await host.MessagesAsync(Bob), m => m.TryGetProperty("form", out var f) && f.ValueKind == JsonValueKind.Object);
    }

    private static Task<JsonElement> SubmitAsync(LocalChatHost host, JsonElement form, Dictionary<string, string> values, string person = Bob) =>
        host.PostAsync("/local/forms", new { @as = person, messageId = form.GetProperty("id").GetString(), values });
}

public sealed class SqliteLocalChatFormScenarios() : LocalChatFormScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresLocalChatFormScenarios(PostgresFixture server) : LocalChatFormScenarios(new PostgresDatabases(server));
