using System.Text.Json;
using System.Text.RegularExpressions;
using Coordination.Bot.Engine.Delivery;
using Coordination.Bot.Tests.LocalChat;
using Coordination.Bot.Webhooks;
using Coordination.Core.Webhooks;
using Coordination.Data.Webhooks;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Webhooks;

/// <summary>Outgoing webhooks end to end on the local chat: the real host and database, a loopback receiver that checks every signature.</summary>
public abstract partial class WebhookScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";
    private const string Dan = "U-DAN";

    private static readonly Dictionary<string, string?> LoopbackAllowed = new() { ["Webhooks:AllowPrivateNetworks"] = "true" };

    [Fact]
    public async Task EveryEvent_FromCommandsTheSweepAndTheDigest_ArrivesSignedWithTheSecretTheBotShowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartAsync(LoopbackAllowed);
        var (_, secret) = await AddAsync(host, receiver.Url);

        await host.WriteAsync(Alice, "/coord ask @bob @dan review the rollout plan");
        await host.WriteAsync(Dan, "/coord ack CR-1");
        for (var i = 0; i < 4; i++)
        {
            await host.PostAsync("/local/fast-forward", new { by = "48h" });
        }

        await host.WriteAsync(Alice, "/coord resolve CR-1");
        await host.WriteAsync(Alice, "/coord ask @carol pick a date for the offsite");
        await host.WriteAsync(Alice, "/coord cancel CR-2");
        await host.WriteAsync(Alice, "/coord decide ship on Postgres next: @bob migrate the schema by Friday");
        await host.WriteAsync(Alice, "/coord digest now");
        await DeliverWebhooksAsync(host);

        var received = receiver.Received.ToList();
        Assert.All(received, r => Assert.True(WebhookSignature.Verify(secret, long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature!), r.Body));
        var bodies = received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(WebhookEventTypes.All.Order(), bodies.Select(b => b.GetProperty("type").GetString()!).Distinct().Order());
        Assert.Equal(bodies.Count, bodies.Select(b => b.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(bodies, b => Assert.Equal("local", b.GetProperty("workspace").GetString()));
        Assert.All(bodies, b => Assert.EndsWith("Z", b.GetProperty("time").GetString(), StringComparison.Ordinal));
        var escalated = bodies.First(b => b.GetProperty("type").GetString() == WebhookEventTypes.RequestEscalated).GetProperty("object");
        Assert.Equal("CR-1", escalated.GetProperty("key").GetString());
        var bob = escalated.GetProperty("stakeholders").EnumerateArray().Single(s => s.GetProperty("person").GetProperty("name").GetString() == "Bob");
        Assert.Equal("escalated", bob.GetProperty("state").GetString());
        Assert.InRange(bob.GetProperty("attemptCount").GetInt32(), 3, 4);
        var decision = bodies.Single(b => b.GetProperty("type").GetString() == WebhookEventTypes.DecisionRecorded).GetProperty("object");
        Assert.Equal("D-1", decision.GetProperty("key").GetString());
        Assert.StartsWith("migrate the schema", decision.GetProperty("nextSteps")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_AfterA500AndA429_BacksOffThenWaitsAsLongAsRetryAfterAsks()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer(500);
        receiver.Answer(429, retryAfter: "600");
        await using var host = await StartAsync(LoopbackAllowed);
        await AddAsync(host, receiver.Url, " request.created");
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");

        Assert.Equal(1, await DeliverWebhooksAsync(host));
        var first = await DeliveryAsync(host);
        Assert.InRange(first.NextAttemptAt - host.Clock.GetUtcNow(), TimeSpan.FromSeconds(22), TimeSpan.FromSeconds(38));
        Assert.Equal(0, await DeliverWebhooksAsync(host));
        host.Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(1, await DeliverWebhooksAsync(host));
        var second = await DeliveryAsync(host);
        Assert.Equal(TimeSpan.FromSeconds(600), second.NextAttemptAt - host.Clock.GetUtcNow());
        host.Clock.Advance(TimeSpan.FromSeconds(300));
        Assert.Equal(0, await DeliverWebhooksAsync(host));
        host.Clock.Advance(TimeSpan.FromSeconds(300));
        Assert.Equal(1, await DeliverWebhooksAsync(host));

        var delivered = await DeliveryAsync(host);
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(3, delivered.Attempts);
        Assert.Single(receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("id").GetString()).Distinct());
    }

    [Fact]
    public async Task Disable_AfterADayOfFailures_TellsTheAdminWhoAddedItByDirectMessage()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.DefaultStatus = 500;
        await using var host = await StartAsync(LoopbackAllowed);
        var (id, secret) = await AddAsync(host, receiver.Url);
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");
        await DeliverWebhooksAsync(host);

        host.Clock.Advance(TimeSpan.FromHours(25));
        await DeliverWebhooksAsync(host);
        await using (var scope = host.Web.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);
        }

        var endpoint = await host.QueryAsync(db => db.WebhookEndpoints.SingleAsync());
        Assert.False(endpoint.Enabled);
        var told = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("conversation").GetString() == "dm:U-ALICE" && m.GetProperty("text").GetString()!.Contains("disabled your webhook", StringComparison.Ordinal));
        Assert.Contains(receiver.Url, told.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("HTTP 500", told.GetProperty("text").GetString(), StringComparison.Ordinal);
        var list = await ReplyAsync(host, Alice, "/coord webhook list");
        Assert.Contains(id, list, StringComparison.Ordinal);
        Assert.Contains("disabled", list, StringComparison.Ordinal);
        Assert.Contains("last failure", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_BySomeoneNotAnAdmin_IsRefusedAndStoresNothing()
    {
        await using var host = await StartAsync(LoopbackAllowed);

        var answer = await host.WriteAsync(Bob, "/coord webhook add https://hooks.example.com/coordination");

        Assert.False(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        Assert.Equal(WebhookHandler.Refusal, answer.GetProperty("reply").GetProperty("text").GetString());
        Assert.Equal(0, await host.QueryAsync(db => db.WebhookEndpoints.CountAsync()));
        Assert.False((await host.WriteAsync(Bob, "/coord webhook list")).GetProperty("reply").GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task Add_APrivateAddressOrAnUnknownEvent_IsRefusedWithAClearMessage()
    {
        await using var host = await StartAsync();

        var privateAddress = await ReplyAsync(host, Alice, "/coord webhook add https://10.0.0.5/hook");
        var plainHttp = await ReplyAsync(host, Alice, "/coord webhook add http://127.0.0.1:8080/hook");
        var unknown = await ReplyAsync(host, Alice, "/coord webhook add https://hooks.example.com/c request.exploded");

        Assert.Contains("non-public address", privateAddress, StringComparison.Ordinal);
        Assert.Contains("https", plainHttp, StringComparison.Ordinal);
        Assert.Contains("request.exploded", unknown, StringComparison.Ordinal);
        Assert.All(WebhookEventTypes.All, type => Assert.Contains(type, unknown, StringComparison.Ordinal));
        Assert.Equal(0, await host.QueryAsync(db => db.WebhookEndpoints.CountAsync()));
    }

    [Fact]
    public async Task Remove_ThenAsk_QueuesNoDelivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await StartAsync(LoopbackAllowed);
        var (id, _) = await AddAsync(host, receiver.Url);

        var removed = await ReplyAsync(host, Alice, $"/coord webhook remove {id}");
        await host.WriteAsync(Alice, "/coord ask @bob review the rollout plan");

        Assert.Contains($"Removed webhook `{id}`", removed, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.WebhookDeliveries.CountAsync()));
        Assert.StartsWith("No webhooks yet", await ReplyAsync(host, Alice, "/coord webhook list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_WorkspacePage_ListsTheWebhooksButNeverTheirSecrets()
    {
        await using var host = await StartAsync(LoopbackAllowed);
        var (id, secret) = await AddAsync(host, "http://127.0.0.1:9/hooks?team=a&kind=b", " decision.recorded");
        var workspace = await host.QueryAsync(db => db.Workspaces.Select(w => w.Id).SingleAsync());

        var page = await host.Http.GetStringAsync(new Uri($"/dashboard/{workspace:D}", UriKind.Relative));

        Assert.Contains($"<tr data-webhook=\"{id}\" data-state=\"enabled\">", page, StringComparison.Ordinal);
        Assert.Contains("decision.recorded", page, StringComparison.Ordinal);
        Assert.Contains("/hooks?team=a&amp;kind=b", page, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
    }

    /// <summary>Alice adds <paramref name="url"/>; the id and secret her private reply showed.</summary>
    private static async Task<(string Id, string Secret)> AddAsync(LocalChatHost host, string url, string events = "")
    {
        var answer = await host.WriteAsync(Alice, $"/coord webhook add {url}{events}");
        var text = answer.GetProperty("reply").GetProperty("text").GetString()!;
        Assert.True(answer.GetProperty("reply").GetProperty("succeeded").GetBoolean(), text);
        Assert.Contains(await host.MessagesAsync(Alice), m => m.GetProperty("ephemeral").GetBoolean() && m.GetProperty("text").GetString()!.Contains("whsec_", StringComparison.Ordinal));
        Assert.DoesNotContain(await host.MessagesAsync(Bob), m => m.GetProperty("text").GetString()!.Contains("whsec_", StringComparison.Ordinal));
        return (IdPattern().Match(text).Value, SecretPattern().Match(text).Value);
    }

    private static async Task<string> ReplyAsync(LocalChatHost host, string person, string text) =>
        (await host.WriteAsync(person, text)).GetProperty("reply").GetProperty("text").GetString()!;

    private static async Task<int> DeliverWebhooksAsync(LocalChatHost host)
    {
        await using var scope = host.Web.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().DeliverDueAsync(CancellationToken.None);
    }

    private static Task<WebhookDelivery> DeliveryAsync(LocalChatHost host) => host.QueryAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync());

    [GeneratedRegex("wh-[0-9a-f]{8}")]
    private static partial Regex IdPattern();

    [GeneratedRegex("whsec_[0-9a-f]{64}")]
    private static partial Regex SecretPattern();
}

public sealed class SqliteWebhookScenarios() : WebhookScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresWebhookScenarios(PostgresFixture server) : WebhookScenarios(new PostgresDatabases(server));
