using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coordination.Testing;

namespace Coordination.Bot.Tests.Slack;

/// <summary>
/// API tokens from Slack: <c>/coord token create</c> answers only a workspace admin (Slack's <c>is_admin</c>), only to
/// them; a request the API then creates is posted in the Slack channel like any ask.
/// </summary>
public abstract partial class SlackApiTokenScenarios(ITestDatabases databases) : SlackScenarioBase(databases)
{
    [Fact]
    public async Task TokenCreate_AdminGetsItEphemerallyMemberIsRefused_AndTheApiAsksInTheChannel()
    {
        var slack = await StartAsync();
        slack.Slack.SetUserAdmin(Eve);
        await slack.SendAsync(slack.Requests.Command("list", Bob));

        var (_, refused) = await slack.SendAsync(slack.Requests.Command("token create ci", Ann));
        var (_, created) = await slack.SendAsync(slack.Requests.Command("token create ci", Eve));
        var secret = Secret().Match(TextOf(created)).Value;
        using var api = slack.App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var response = await api.PostAsync(new Uri("/api/v1/requests", UriKind.Relative),
            new StringContent($$"""{"title":"review the rollout plan","stakeholders":["{{Bob}}"],"channel":"{{SlackRequests.Channel}}"}""", Encoding.UTF8, "application/json"));
        await slack.SettleAsync();

        Assert.Equal("Only a workspace admin can manage API tokens. Nothing was changed.", TextOf(refused));
        Assert.Equal("ephemeral", JsonNode.Parse(created)!["response_type"]?.GetValue<string>());
        Assert.StartsWith("coord_", secret, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(slack.Slack.CallsTo("chat.postMessage"), c => c["channel"] == SlackRequests.Channel && c["text"]?.Contains("review the rollout plan", StringComparison.Ordinal) == true);
    }

    [GeneratedRegex(@"coord_[A-Za-z0-9_-]+")]
    private static partial Regex Secret();
}

public sealed class SqliteSlackApiTokenScenarios() : SlackApiTokenScenarios(new SqliteDatabases());

[Collection(PostgresTests.Slack)]
public sealed class PostgresSlackApiTokenScenarios(PostgresFixture server) : SlackApiTokenScenarios(new PostgresDatabases(server));
