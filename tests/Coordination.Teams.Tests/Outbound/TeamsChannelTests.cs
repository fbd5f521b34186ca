using Coordination.Core.Chat;
using Coordination.Teams.Outbound;
using Coordination.Testing.Teams;

namespace Coordination.Teams.Tests.Outbound;

public sealed class TeamsChannelTests : FakeConnectorTestBase
{
    private const string Channel = "19:abc123@thread.tacv2";
    private const string Root = "1759944781430";
    private const string GroupChat = "19:group1@thread.v2";
    private const string Lead = "29:1lead";

    private FakeTeamsConversations Conversations => new FakeTeamsConversations().WithTenant(Tenant, Fake.ServiceUrl);

    [Fact]
    public async Task Send_ChannelThread_PostsIntoTheThreadedConversationWithItsNewId()
    {
        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
        Assert.Equal(Channel + ";messageid=" + Root, call.ConversationId);
        Assert.Equal("/amer/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1759944781430/activities", call.RawPath);
        Assert.Equal(DeliveryResult.Success(result.MessageId), result);
        Assert.Matches("^[0-9]+$", result.MessageId);
    }

    [Fact]
    public async Task Send_ThreadIdEqualsAddress_PostsIntoTheChatItself()
    {
        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(GroupChat, GroupChat))), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal(GroupChat, Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity)).ConversationId);
    }

    [Fact]
    public async Task Send_NoThreadId_PostsIntoTheConversationItself()
    {
        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(GroupChat, null))), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal("/amer/v3/conversations/19%3Agroup1%40thread.v2/activities", Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity)).RawPath);
    }

    [Fact]
    public async Task Send_Ephemeral_PostsIntoTheSameThreadForEveryone()
    {
        var result = await CreateChannel(Conversations).SendAsync(
            Message(MessageDestination.EphemeralTo(new ThreadRef(Channel, Root), "29:1bo")), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal(Channel + ";messageid=" + Root, Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity)).ConversationId);
    }

    [Fact]
    public async Task Send_WithButtons_SendsTheCardAlone()
    {
        await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);

        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
        Assert.Null(call["text"]);
        Assert.Equal(5, call.Card!["actions"]!.AsArray().Count);
        Assert.Equal("<at>Bo</at> please confirm", call.Card["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_WithChart_SendsTheCardWithTheImageInline()
    {
        var chart = new MessageFile("digest.png", MessageFile.Png, [0x89, 0x50, 0x4E, 0x47], "Last 8 weeks");
        var message = Message(MessageDestination.InThread(new ThreadRef(Channel, Root))) with { Buttons = [], File = chart };

        var result = await CreateChannel(Conversations).SendAsync(message, CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        var image = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity)).Card!["body"]![1]!;
        Assert.Equal(("Image", "data:image/png;base64,iVBORw=="), (image["type"]!.GetValue<string>(), image["url"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Send_ServiceUrlOfTheConversation_UsedOverTheTenants()
    {
        var other = new Uri(Fake.BaseAddress, "emea/" + Tenant + "/");
        var conversations = new FakeTeamsConversations().WithTenant(Tenant, Fake.ServiceUrl).WithConversation(Tenant, Channel, other);

        await CreateChannel(conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);

        Assert.StartsWith($"/emea/{Tenant}/v3/conversations/", Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity)).RawPath, StringComparison.Ordinal);
        Assert.Contains((Tenant, (string?)Channel), conversations.Lookups);
    }

    [Fact]
    public async Task Send_Direct_CreatesTheOneToOneThroughTheTenantsServiceUrlThenSends()
    {
        var conversations = Conversations;

        var result = await CreateChannel(conversations).SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal((Tenant, (string?)null), conversations.Lookups[0]);
        var create = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.CreateConversation));
        Assert.Equal(Lead, create.Body["members"]![0]!["id"]!.GetValue<string>());
        var send = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
        Assert.Equal(FakeBotConnector.DirectConversationId(Lead), send.ConversationId);
        Assert.Equal("/amer/v3/conversations/" + Uri.EscapeDataString(FakeBotConnector.DirectConversationId(Lead)) + "/activities", send.RawPath);
    }

    [Fact]
    public async Task Send_DirectTwice_CreatesTheConversationOnceAndReusesIt()
    {
        var channel = CreateChannel(Conversations);

        var first = await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);
        var second = await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.True(first.Delivered && second.Delivered);
        Assert.NotEqual(first.MessageId, second.MessageId);
        Assert.Single(Fake.CallsOf(FakeConnectorCallKind.CreateConversation));
        Assert.All(Fake.CallsOf(FakeConnectorCallKind.SendActivity), c => Assert.Equal(FakeBotConnector.DirectConversationId(Lead), c.ConversationId));
    }

    [Fact]
    public async Task Send_DirectToTwoPeopleAndTwoTenants_OneConversationEach()
    {
        var conversations = Conversations.WithTenant("tenant-2", Fake.ServiceUrl);
        var channel = CreateChannel(conversations);

        await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);
        await channel.SendAsync(Message(MessageDestination.DirectTo("29:1other")), CancellationToken.None);
        await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)) with { WorkspaceId = "tenant-2" }, CancellationToken.None);

        Assert.Equal(3, Fake.CallsOf(FakeConnectorCallKind.CreateConversation).Count);
        Assert.Equal("tenant-2", Fake.CallsOf(FakeConnectorCallKind.CreateConversation)[2]["tenantId"]);
    }

    [Theory]
    [InlineData(FakeConnectorCallKind.CreateConversation, "error-403-bot-not-in-conversation-roster.json", "BotNotInConversationRoster")]
    [InlineData(FakeConnectorCallKind.SendActivity, "error-403-message-writes-blocked.json", "MessageWritesBlocked")]
    [InlineData(FakeConnectorCallKind.SendActivity, null, "ConversationBlockedByUser")]
    public async Task Send_DirectForbidden_RejectedWithTheCodeFirst(FakeConnectorCallKind failing, string? fixture, string code)
    {
        var body = fixture is null ? """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""" : Fixture(fixture);
        Fake.FailNext(failing, 403, body);

        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.StartsWith(code + ": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_DirectRosterRefusal_SaysTheBotIsNotInThePersonsRoster()
    {
        Fake.FailNext(FakeConnectorCallKind.CreateConversation, 403, Fixture("error-403-bot-not-in-conversation-roster.json"));

        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.StartsWith("BotNotInConversationRoster: the bot is not in the person's roster", result.Error, StringComparison.Ordinal);
        Assert.Empty(Fake.CallsOf(FakeConnectorCallKind.SendActivity));
    }

    [Fact]
    public async Task Send_DirectForbiddenOnce_NextMessageCreatesTheConversationAgain()
    {
        var channel = CreateChannel(Conversations);
        await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 403, Fixture("error-403-message-writes-blocked.json"));
        await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        var third = await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.True(third.Delivered, third.Error);
        Assert.Equal(2, Fake.CallsOf(FakeConnectorCallKind.CreateConversation).Count);
    }

    [Fact]
    public async Task Send_DirectCachedConversationGone_CreatesItAgainOnceAndDelivers()
    {
        var channel = CreateChannel(Conversations);
        await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 404);

        var result = await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Equal(2, Fake.CallsOf(FakeConnectorCallKind.CreateConversation).Count);
        Assert.Equal(3, Fake.CallsOf(FakeConnectorCallKind.SendActivity).Count);
    }

    [Fact]
    public async Task Send_Update_PutsOverTheActivityInTheConversationAsSent()
    {
        var threaded = Channel + ";messageid=" + Root;

        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.Replacing(threaded, "1759944790000")), CancellationToken.None);

        Assert.Equal(DeliveryResult.Success("1759944790000"), result);
        var call = Assert.Single(Fake.CallsOf(FakeConnectorCallKind.UpdateActivity));
        Assert.Equal((threaded, "1759944790000"), (call.ConversationId, call.ActivityId));
        Assert.Equal("/amer/v3/conversations/19%3Aabc123%40thread.tacv2%3Bmessageid%3D1759944781430/activities/1759944790000", call.RawPath);
        Assert.Equal(5, call.Card!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Send_UpdateOfAThreadTheHostKnowsByChannel_FindsTheServiceUrlByTheBareId()
    {
        var conversations = new FakeTeamsConversations().WithConversation(Tenant, Channel, Fake.ServiceUrl);

        var result = await CreateChannel(conversations).SendAsync(Message(MessageDestination.Replacing(Channel + ";messageid=" + Root, "17")), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
    }

    [Fact]
    public async Task Send_NoServiceUrl_RejectedWithAClearReasonAndNothingSent()
    {
        var channel = CreateChannel(new FakeTeamsConversations());

        var thread = await channel.SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);
        var direct = await channel.SendAsync(Message(MessageDestination.DirectTo(Lead)), CancellationToken.None);

        Assert.All([thread, direct], r => Assert.True(r.Permanent));
        Assert.StartsWith("NoServiceUrl: ", thread.Error, StringComparison.Ordinal);
        Assert.Contains(Tenant, direct.Error, StringComparison.Ordinal);
        Assert.Empty(Fake.Calls);
    }

    [Fact]
    public async Task Send_Throttled_TransientWithTheRetryAfter()
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 429, retryAfter: "12");

        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);

        Assert.Equal((false, false, TimeSpan.FromSeconds(12)), (result.Delivered, result.Permanent, result.RetryAfter));
        Assert.StartsWith("Throttled: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Send_RetryableStatus_Transient(int status)
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, status);

        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);

        Assert.Equal((false, false), (result.Delivered, result.Permanent));
    }

    [Fact]
    public async Task Send_ConversationNotFound_Rejected()
    {
        Fake.FailNext(FakeConnectorCallKind.SendActivity, 404);

        var result = await CreateChannel(Conversations).SendAsync(Message(MessageDestination.InThread(new ThreadRef(Channel, Root))), CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.StartsWith("ConversationNotFound: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_EveryDocumentedSendLimitHolds()
    {
        var perConversation = CreateChannel(Conversations).Limits.PerConversation;
        var perTenant = CreateChannel(Conversations).Limits.PerWorkspace;

        foreach (var (count, seconds) in new[] { (7, 1), (8, 2), (60, 30), (1800, 3600) })
        {
            Assert.True(perConversation.Min(b => b.Burst + (TimeSpan.FromSeconds(seconds) / b.Interval)) <= count, $"{count} in {seconds} s");
        }

        Assert.True(perTenant.Min(b => b.Burst + (TimeSpan.FromSeconds(1) / b.Interval)) <= 50);
    }

    [Fact]
    public async Task Send_InvalidDestination_RejectedWithoutCalling()
    {
        var result = await CreateChannel(Conversations).SendAsync(Message(new MessageDestination(DestinationKind.Update, Channel)), CancellationToken.None);

        Assert.StartsWith("InvalidDestination: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Fake.Calls);
    }

    [Fact]
    public void Platform_IsTeams() => Assert.Equal(ChatPlatform.Teams, CreateChannel(Conversations).Platform);

    [Theory]
    [InlineData("19:c@thread.tacv2", "17", "19:c@thread.tacv2;messageid=17")]
    [InlineData("19:c@thread.tacv2;messageid=5", "17", "19:c@thread.tacv2;messageid=17")]
    [InlineData("19:g@thread.v2", "19:g@thread.v2", "19:g@thread.v2")]
    [InlineData("a:1xyz", null, "a:1xyz")]
    public void ThreadConversationId_ThreadVersusChat(string address, string? threadId, string expected)
    {
        Assert.Equal(expected, TeamsChannel.ThreadConversationId(address, threadId));
    }

    private static OutgoingMessage Message(MessageDestination destination) =>
        new(ChatPlatform.Teams, Tenant, destination, "<@29:1bo> please confirm", [new Mention("29:1bo", "Bo")], MessageButton.ForRequest("CR-7"));
}
