using Coordination.Bot.Engine;
using Coordination.Bot.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Tests.Options;

public sealed class BoundOptionsTests
{
    [Fact]
    public void AddBoundOptions_CalledTwice_BindsOnceAndReturnsTheSameValues()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MorningSummary:Enabled"] = "false" })
            .Build();
        var services = new ServiceCollection();

        var first = services.AddBoundOptions<MorningSummaryOptions, MorningSummaryOptionsValidator>(configuration, MorningSummaryOptions.SectionName);
        var second = services.AddBoundOptions<MorningSummaryOptions, MorningSummaryOptionsValidator>(configuration, MorningSummaryOptions.SectionName);

        Assert.Same(first, second);
        Assert.False(first.Enabled);
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<MorningSummaryOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(IConfigureOptions<MorningSummaryOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.False(provider.GetRequiredService<IOptions<MorningSummaryOptions>>().Value.Enabled);
    }
}
