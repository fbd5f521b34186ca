using Coordination.Core.Chat;
using Coordination.Teams.Outbound;
using Coordination.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Teams.Tests.Outbound;

public sealed class TeamsOutboundServiceCollectionExtensionsTests : FakeConnectorTestBase
{
    [Fact]
    public async Task AddTeamsOutbound_OptionsAndConversations_ResolvesOneChannelThatDelivers()
    {
        var services = new ServiceCollection().AddLogging();
        services.Configure<TeamsOptions>(o =>
            (o.AppId, o.AppPassword, o.TenantId, o.TokenEndpoint) = (AppId, AppPassword, Tenant, Fake.TokenEndpoint));
        services.AddSingleton<ITeamsConversations>(new FakeTeamsConversations().WithTenant(Tenant, Fake.ServiceUrl));
        await using var provider = services.AddTeamsOutbound().BuildServiceProvider(validateScopes: true);

        var channel = Assert.Single(provider.GetServices<IChatChannel>());
        var message = new OutgoingMessage(ChatPlatform.Teams, Tenant, MessageDestination.DirectTo("29:1lead"), "hi", [], []);
        var first = await channel.SendAsync(message, CancellationToken.None);
        var second = await channel.SendAsync(message, CancellationToken.None);

        Assert.Same(provider.GetRequiredService<TeamsChannel>(), channel);
        Assert.Same(provider.GetRequiredService<BotTokenProvider>(), provider.GetRequiredService<BotTokenProvider>());
        Assert.True(first.Delivered && second.Delivered, first.Error ?? second.Error);
        Assert.Equal(1, Fake.TokenRequests);
        Assert.Single(Fake.CallsOf(FakeConnectorCallKind.CreateConversation));
        Assert.Equal(2, Fake.CallsOf(FakeConnectorCallKind.SendActivity).Count);
    }
}
