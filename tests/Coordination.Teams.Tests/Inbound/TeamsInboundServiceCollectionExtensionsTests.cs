using Coordination.Teams.Inbound;
using Coordination.Testing.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Teams.Tests.Inbound;

public sealed class TeamsInboundServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddTeamsInbound_Registered_OneValidatorThatFetchesKeysAndValidates()
    {
        await using var keys = await FakeBotFrameworkKeys.StartAsync();
        var services = new ServiceCollection().AddLogging();
        services.Configure<TeamsOptions>(o => (o.AppId, o.OpenIdMetadataUrl) = ("app-id", keys.MetadataUrl));
        await using var provider = services.AddTeamsInbound().BuildServiceProvider(validateScopes: true);

        var validator = provider.GetRequiredService<BotFrameworkTokenValidator>();
        var token = keys.IssueToken("app-id", "https://smba.trafficmanager.net/emea/", DateTimeOffset.UtcNow);
        var identity = await validator.ValidateAsync("Bearer " + token, CancellationToken.None);

        Assert.Same(validator, provider.GetRequiredService<BotFrameworkTokenValidator>());
        Assert.NotNull(identity);
        Assert.True(identity.Permits("msteams", "https://smba.trafficmanager.net/emea/"));
    }
}
