using System.Text.Json;
using Coordination.Bot.Engine;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Tests.LocalChat;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Bot.Tests.Assistant;

/// <summary>
/// The optional assistant through the local chat, on the real host and each database, against a fake
/// OpenAI-compatible endpoint on loopback: what is sent, the drafted record and its fallbacks, and a sentence read
/// into a command that runs only on its writer's Confirm.
/// </summary>
public abstract class AssistantScenarios(ITestDatabases databases) : LocalChatTests(databases)
{
    private const string Alice = "U-ALICE";
    private const string Bob = "U-BOB";
    private const string Sentence = "/coord pester @bob about the rollout plan, friday latest";

    [Fact]
    public async Task Summarize_WithTheAssistant_SendsOnlyThatThreadAndPostsItsCheckedDraft()
    {
        await using var assistant = await FakeAssistantEndpoint.StartAsync();
        await using var host = await StartWithAsync(assistant);
        var thread = await ThreadAsync(host);
        assistant.Answer(FakeAssistantEndpoint.Draft(new
        {
            decisions = new List<string> { "Ship on Tuesday" },
            actionItems = new List<object>
            {
                new { owner = "Alice", action = "update the runbook", due = "Friday" },
                new { owner = "Mallory", action = "tell support <!channel>", due = "whenever" },
            },
            openQuestions = new List<string> { "Who tells support?" },
        }));

        await host.WriteAsync(Alice, "/coord summarize CR-1");

        var (system, user) = SingleExchange(assistant);
        Assert.Equal(PromptFile("decision-record.md"), system);
        Assert.Equal("Bob: Let's ship on Tuesday. @Alice can you update the runbook by Friday?\n\nAlice: Yes, I'll do it. Who tells support?", user);
        var record = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.StartsWith("Decision record: CR-1", StringComparison.Ordinal));
        Assert.Equal(thread, record.GetProperty("thread").GetString());
        var text = record.GetProperty("text").GetString()!;
        Assert.Contains("Drafted by the assistant", text, StringComparison.Ordinal);
        Assert.Contains("• Ship on Tuesday", text, StringComparison.Ordinal);
        Assert.Contains("@Alice: update the runbook (due Friday)", text, StringComparison.Ordinal);
        Assert.Contains("no owner: tell support ‹!channel› (no due date)", text, StringComparison.Ordinal);
        Assert.Contains("• Who tells support?", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is not JSON")]
    [InlineData(FakeAssistantEndpoint.Fail)]
    [InlineData(FakeAssistantEndpoint.Hang)]
    public async Task Summarize_AssistantFailsOrAnswersNonsense_PostsTheRulesDraft(string answer)
    {
        await using var assistant = await FakeAssistantEndpoint.StartAsync();
        await using var host = await StartWithAsync(assistant);
        await ThreadAsync(host);
        assistant.Answer(answer);

        var reply = await host.WriteAsync(Alice, "/coord summarize CR-1");

        Assert.True(reply.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        var record = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.StartsWith("Decision record: CR-1", StringComparison.Ordinal));
        Assert.DoesNotContain("Drafted by the assistant", record.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Who tells support?", record.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadSentence_ReadAsACommand_RunsOnlyOnTheWritersConfirmAndOnce()
    {
        await using var assistant = await FakeAssistantEndpoint.StartAsync();
        await using var host = await StartWithAsync(assistant);
        assistant.Answer("/coord ask @Bob review the rollout plan by Friday");

        await host.WriteAsync(Alice, Sentence);

        var (system, user) = SingleExchange(assistant);
        Assert.Equal(PromptFile("command.md"), system);
        Assert.Equal("pester @Bob about the rollout plan, friday latest", user);
        var proposal = Assert.Single(await host.MessagesAsync(Alice), m => m.GetProperty("text").GetString()!.StartsWith("I read this as", StringComparison.Ordinal));
        Assert.StartsWith("I read this as: `/coord ask @Bob review the rollout plan by Friday`", proposal.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(proposal.GetProperty("ephemeral").GetBoolean());
        var buttons = proposal.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(["Confirm", "Edit"], buttons.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(0, await host.QueryAsync(db => db.Requests.CountAsync()));

        var state = buttons[0].GetProperty("value").GetString()!;
        var byBob = await SendAsync(host, Bob, new ConfirmReadingCommand(Context(Bob), state, Edit: false));
        var forged = await SendAsync(host, Alice, new ConfirmReadingCommand(Context(Alice), state[..^4] + "AAAA", Edit: false));
        var edit = await PressAsync(host, proposal, buttons[1]);
        var confirm = await PressAsync(host, proposal, buttons[0]);
        var again = await PressAsync(host, proposal, buttons[0]);

        Assert.Equal("Only the person who wrote it can confirm or edit what I read it as.", byBob.Text);
        Assert.StartsWith("That suggestion has expired", forged.Text, StringComparison.Ordinal);
        Assert.Contains("`/coord ask @Bob review the rollout plan by Friday`", edit.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(confirm.GetProperty("succeeded").GetBoolean(), confirm.GetProperty("text").GetString());
        Assert.StartsWith("Recorded CR-1", confirm.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Already done: that was confirmed once.", again.GetProperty("text").GetString());
        var request = await host.QueryAsync(db => db.Requests.Include(r => r.Stakeholders).ThenInclude(s => s.Person).SingleAsync());
        Assert.Equal(Bob, Assert.Single(request.Stakeholders).Person.PlatformUserId);
        Assert.Equal("review the rollout plan", request.Title);
    }

    [Fact]
    public async Task UnreadSentence_WithoutTheAssistant_GetsTheUsageAsToday()
    {
        await using var assistant = await FakeAssistantEndpoint.StartAsync();
        await using var host = await StartAsync();

        var reply = await host.WriteAsync(Alice, Sentence);

        Assert.False(reply.GetProperty("reply").GetProperty("succeeded").GetBoolean());
        Assert.StartsWith("I don't know `pester`", reply.GetProperty("reply").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await host.MessagesAsync(Alice), m => m.GetProperty("buttons").GetArrayLength() > 0);
        Assert.Empty(assistant.Requests);
    }

    private Task<LocalChatHost> StartWithAsync(FakeAssistantEndpoint assistant) => StartAsync(new Dictionary<string, string?>
    {
        ["Assistant:Endpoint"] = assistant.Endpoint,
        ["Assistant:Model"] = "fake-model",
        ["Assistant:Timeout"] = "00:00:02",
    });

    /// <summary>CR-1 asked of Bob, two messages in its thread, and a message in another request's thread; the thread's id.</summary>
    private static async Task<string> ThreadAsync(LocalChatHost host)
    {
        await host.WriteAsync(Alice, "/coord ask @bob pick the release day");
        await host.WriteAsync(Alice, "/coord ask @carol check the budget");
        var posts = (await host.MessagesAsync()).Where(m => m.GetProperty("text").GetString()!.Contains("CR-", StringComparison.Ordinal) && m.GetProperty("buttons").GetArrayLength() == 5).ToList();
        var thread = posts.Single(p => p.GetProperty("text").GetString()!.Contains("CR-1", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        var other = posts.Single(p => p.GetProperty("text").GetString()!.Contains("CR-2", StringComparison.Ordinal)).GetProperty("id").GetString()!;
        await host.WriteAsync("U-CAROL", "The budget is secret-other-thread", thread: other);
        await host.WriteAsync(Bob, "Let's ship on Tuesday. @Alice can you update the runbook by Friday?", thread: thread);
        await host.WriteAsync(Alice, "Yes, I'll do it. Who tells support?", thread: thread);
        return thread;
    }

    private static (string System, string User) SingleExchange(FakeAssistantEndpoint assistant)
    {
        Assert.Single(assistant.Requests);
        var messages = assistant.MessagesOf(0);
        Assert.Equal(["system", "user"], messages.Select(m => m.Role));
        return (messages[0].Content, messages[1].Content);
    }

    private static string PromptFile(string name) =>
        File.ReadAllText(RepositoryFiles.PathOf("src", "Coordination.Bot", "Assistant", "Prompts", name)).Trim();

    private static CommandContext Context(string person) => LocalWorkspace.Context(LocalWorkspace.Find(person)!, new ThreadRef("#platform", null));

    private static async Task<Reply> SendAsync(LocalChatHost host, string person, ChatCommand command)
    {
        await using var scope = host.Web.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommandHandler>().HandleAsync(command, CancellationToken.None);
    }

    private static async Task<JsonElement> PressAsync(LocalChatHost host, JsonElement message, JsonElement button) =>
        (await host.PostAsync("/local/press", new
        {
            @as = Alice,
            messageId = message.GetProperty("id").GetString(),
            action = button.GetProperty("action").GetString(),
            value = button.GetProperty("value").GetString(),
        })).GetProperty("reply");
}

public sealed class SqliteAssistantScenarios() : AssistantScenarios(new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresAssistantScenarios(PostgresFixture server) : AssistantScenarios(new PostgresDatabases(server));
