using Coordination.Core.Chat;
using Coordination.Slack.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Coordination.Slack.Tests;

public sealed class SlackServiceCollectionExtensionsTests : FakeSlackTestBase
{
    [Fact]
    public async Task AddSlackOutbound_BaseUrlWithoutTrailingSlash_ResolvesAChannelThatDelivers()
    {
        var tokens = new Mock<ISlackTokenSource>();
        tokens.Setup(t => t.BotTokenAsync("T1", It.IsAny<CancellationToken>())).ReturnsAsync(Token);
        var services = new ServiceCollection().AddLogging();
        services.Configure<SlackOptions>(o => o.ApiBaseUrl = new Uri(Fake.BaseAddress.ToString().TrimEnd('/')));
        services.AddSingleton(tokens.Object);
        await using var provider = services.AddSlackOutbound().BuildServiceProvider(validateScopes: true);

        var channel = Assert.Single(provider.GetServices<IChatChannel>());
        var message = new OutgoingMessage(ChatPlatform.Slack, "T1", MessageDestination.InThread(new ThreadRef("C1", null)), "hi", [], []);
        var result = await channel.SendAsync(message, CancellationToken.None);

        Assert.Same(provider.GetRequiredService<SlackChannel>(), channel);
        Assert.True(result.Delivered, result.Error);
        Assert.Single(Fake.CallsTo("chat.postMessage"));
    }
}
