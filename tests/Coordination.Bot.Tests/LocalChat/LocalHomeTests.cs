using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Tests.LocalChat;

/// <summary>The local chat's Home: the acting person's own sections, and controls that act for them alone.</summary>
public sealed class LocalHomeTests() : LocalChatTests(new SqliteDatabases())
{
    [Fact]
    public async Task Home_AfterAnAsk_ShowsTheRequestToTheStakeholderAndNotToAnyoneElse()
    {
        await using var host = await StartAsync();
        await host.WriteAsync("U-ALICE", "/coord ask @Bob review the rollout plan");

        var bob = await HomeAsync(host, "U-BOB");
        var carol = await HomeAsync(host, "U-CAROL");
        var alice = await HomeAsync(host, "U-ALICE");

        var waiting = Assert.Single(bob.GetProperty("waitingOnYou").EnumerateArray());
        Assert.Equal("CR-1", waiting.GetProperty("key").GetString());
        Assert.Equal("review the rollout plan", waiting.GetProperty("title").GetString());
        Assert.Equal(5, waiting.GetProperty("buttons").GetArrayLength());
        Assert.Empty(carol.GetProperty("waitingOnYou").EnumerateArray());
        Assert.Contains("Bob", Assert.Single(alice.GetProperty("youAreWaitingOn").EnumerateArray()).GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_SummaryOffAndWorkingDays_StoredForThePresserAndShownInTheHome()
    {
        await using var host = await StartAsync();

        await host.PostAsync("/local/home", new { @as = "U-BOB", action = "home-summary", value = "off" });
        var answer = await host.PostAsync("/local/home", new { @as = "U-BOB", action = "home-days", value = "mon,tue,wed,thu" });

        var settings = answer.GetProperty("home").GetProperty("settings");
        Assert.False(settings.GetProperty("morningSummary").GetBoolean());
        Assert.False(settings.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "fri").GetProperty("works").GetBoolean());
        var bob = await host.QueryAsync(db => db.People.SingleAsync(p => p.PlatformUserId == "U-BOB"));
        Assert.True(bob.MorningSummaryOff);
        Assert.Equal(WorkingDays.Monday | WorkingDays.Tuesday | WorkingDays.Wednesday | WorkingDays.Thursday, bob.WorkingDays);
    }

    [Fact]
    public async Task Press_DoneOnARequestInTheHome_AnswersItAndTheHomeNoLongerListsIt()
    {
        await using var host = await StartAsync();
        await host.WriteAsync("U-ALICE", "/coord ask @Bob review the rollout plan");

        var answer = await host.PostAsync("/local/home", new { @as = "U-BOB", action = "done", value = "CR-1" });

        Assert.Empty(answer.GetProperty("home").GetProperty("waitingOnYou").EnumerateArray());
        Assert.Equal(StakeholderState.Done, await host.QueryAsync(db => db.Stakeholders.Select(s => s.State).SingleAsync()));
    }

    [Theory]
    [InlineData("{\"as\":\"U-BOB\",\"action\":\"digest-now\",\"value\":\"x\"}")]
    [InlineData("{\"as\":\"U-NOBODY\",\"action\":\"home-summary\",\"value\":\"off\"}")]
    [InlineData("{\"as\":\"U-BOB\",")]
    [InlineData("{\"as\":\"U-BOB\",\"action\":\"ack\",\"value\":\"not a key\"}")]
    public async Task Press_NotAHomeControlOrUnknownPersonOrMalformed_BadRequestAndNothingChanged(string body)
    {
        await using var host = await StartAsync();

        using var response = await host.Http.PostAsync("/local/home", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_UnknownPerson_BadRequest()
    {
        await using var host = await StartAsync();

        using var response = await host.Http.GetAsync("/local/home?as=U-NOBODY");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<JsonElement> HomeAsync(LocalChatHost host, string person) =>
        await host.Http.GetFromJsonAsync<JsonElement>($"/local/home?as={person}");
}
