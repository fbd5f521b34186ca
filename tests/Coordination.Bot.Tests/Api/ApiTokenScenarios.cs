using System.Net;
using Coordination.Bot.Api;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Testing;
using Microsoft.EntityFrameworkCore;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.Api;

/// <summary>API tokens: made and revoked by admins in the chat, shown once, stored hashed, and scoping every call to their workspace.</summary>
public abstract class ApiTokenScenarios(ApiHost host, Func<ITestDatabases> databases) : ApiScenarioBase(host, databases)
{
    [Fact]
    public async Task TokenCreate_ShownOnceStoredHashed_ThenOpensTheApi()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();

        var secret = await TokenAsync(app, workspace, "ci-reports", Alice);
        var listed = await app.SendAsync(new TokenListCommand(In(workspace, Alice)));
        var response = await Client(app, secret).GetAsync(new Uri("/api/v1/people", UriKind.Relative));

        Assert.StartsWith(ApiTokenSecret.Prefix, secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= ApiTokenSecret.Prefix.Length + 43, secret);
        var stored = await app.QueryAsync(db => db.ApiTokens.SingleAsync(t => t.Name == "ci-reports" && t.Hash == ApiTokenSecret.Hash(secret)));
        Assert.DoesNotContain(secret, stored.Hash, StringComparison.Ordinal);
        Assert.Contains("`ci-reports`: created by Alice", listed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alice", (await JsonAsync(response)).GetProperty("items")[0].GetProperty("name").GetString());
        Assert.NotNull(await app.QueryAsync(db => db.ApiTokens.Where(t => t.Id == stored.Id).Select(t => t.LastUsedAt).SingleAsync()));
    }

    [Fact]
    public async Task TokenCreate_SlackMemberWhoIsNotAnAdmin_RefusedAndNothingStored()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        var member = new CommandContext(ChatPlatform.Slack, workspace, Bob, Channel);

        var reply = await app.SendAsync(new TokenCreateCommand(member, "mine"));
        var asAdmin = await app.SendAsync(new TokenCreateCommand(member with { ActorIsWorkspaceAdmin = true }, "theirs"));

        Assert.False(reply.Succeeded);
        Assert.Equal("Only a workspace admin can manage API tokens. Nothing was changed.", reply.Text);
        Assert.True(asAdmin.Succeeded, asAdmin.Text);
        Assert.Equal(["theirs"], await app.QueryAsync(db => db.ApiTokens.Join(db.Workspaces.Where(w => w.ExternalId == workspace), t => t.WorkspaceId, w => w.Id, (t, _) => t.Name).ToListAsync()));
    }

    [Fact]
    public async Task TokenCreate_TeamsAdminInAChannel_RefusedUntilAskedInThePersonalChat()
    {
        var app = await AppAsync();
        var admin = new CommandContext(ChatPlatform.Teams, NewWorkspace(), Bob, Channel) { ActorIsWorkspaceAdmin = true };

        var inChannel = await app.SendAsync(new TokenCreateCommand(admin, "ci"));
        var inPersonalChat = await app.SendAsync(new TokenCreateCommand(admin with { InDirectMessage = true }, "ci"));

        Assert.False(inChannel.Succeeded);
        Assert.StartsWith("Ask me for a token in our personal chat", inChannel.Text, StringComparison.Ordinal);
        Assert.True(inPersonalChat.Succeeded, inPersonalChat.Text);
        Assert.Matches(SecretPattern(), inPersonalChat.Text);
    }

    [Fact]
    public async Task RevokedToken_Refused401WithBearerChallengeAndProblemDetails()
    {
        var app = await AppAsync();
        var workspace = NewWorkspace();
        var secret = await TokenAsync(app, workspace, "old", Alice);

        var revoked = await app.SendAsync(new TokenRevokeCommand(In(workspace, Alice), "old"));
        var response = await Client(app, secret).GetAsync(new Uri("/api/v1/requests", UriKind.Relative));
        var missing = await Client(app, null).GetAsync(new Uri("/api/v1/requests", UriKind.Relative));
        var wrong = await Client(app, ApiTokenSecret.New()).GetAsync(new Uri("/api/v1/requests", UriKind.Relative));

        Assert.True(revoked.Succeeded, revoked.Text);
        foreach (var refused in new[] { response, missing, wrong })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, (await JsonAsync(refused)).GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task OtherWorkspacesRequest_InvisibleToThisWorkspacesToken_404AndNotListed()
    {
        var app = await AppAsync();
        var theirs = NewWorkspace();
        var ours = NewWorkspace();
        await app.SendAsync(new AskCommand(In(theirs, Alice), "their secret plan", [Bob]));
        var secret = await TokenAsync(app, ours, "ours", Carol);
        var client = Client(app, secret);

        var one = await client.GetAsync(new Uri("/api/v1/requests/CR-1", UriKind.Relative));
        var list = await client.GetAsync(new Uri("/api/v1/requests", UriKind.Relative));
        var people = await client.GetAsync(new Uri("/api/v1/people", UriKind.Relative));
        var answer = await client.PostAsync(new Uri("/api/v1/requests/CR-1/answers", UriKind.Relative), Json("""{"userId":"U-BOB","kind":"ack"}"""));

        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal("application/problem+json", one.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await JsonAsync(list)).GetProperty("items").GetArrayLength());
        Assert.Equal(["Carol"], (await JsonAsync(people)).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }
}

public sealed class SqliteApiTokenScenarios(ApiHost host) : ApiTokenScenarios(host, () => new SqliteDatabases());

[Collection(PostgresTests.Name)]
public sealed class PostgresApiTokenScenarios(ApiHost host, PostgresFixture server) : ApiTokenScenarios(host, () => new PostgresDatabases(server));
