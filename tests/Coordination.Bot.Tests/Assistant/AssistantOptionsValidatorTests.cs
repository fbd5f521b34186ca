using Coordination.Bot.Assistant;
using Coordination.Testing;
using Microsoft.Extensions.Configuration;

namespace Coordination.Bot.Tests.Assistant;

public sealed class AssistantOptionsValidatorTests
{
    [Fact]
    public void Validate_NoEndpoint_PassesWhateverElseIsSet()
    {
        var result = new AssistantOptionsValidator().Validate(null, new AssistantOptions { Model = null, Timeout = TimeSpan.Zero });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("localhost:11434/v1", "Assistant:Endpoint")]
    [InlineData("ftp://example.com/v1", "Assistant:Endpoint")]
    [InlineData("/v1", "Assistant:Endpoint")]
    public void Validate_EndpointNotAnAbsoluteHttpUrl_NamesTheKey(string endpoint, string key)
    {
        var result = new AssistantOptionsValidator().Validate(null, new AssistantOptions { Endpoint = endpoint, Model = "m" });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndpointWithoutModelAndBadTimeout_ReportsEveryProblem()
    {
        var result = new AssistantOptionsValidator().Validate(null, new AssistantOptions { Endpoint = "http://localhost:11434/v1", Timeout = TimeSpan.Zero });

        Assert.Contains("Assistant:Model", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Assistant:Timeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OllamaEndpointAndModel_Passes()
    {
        var result = new AssistantOptionsValidator().Validate(null, new AssistantOptions { Endpoint = "http://localhost:11434/v1", Model = "llama3.1" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Sample_AssistantSection_BindsToOffWithTheDefaults()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(RepositoryFiles.PathOf("appsettings.sample.json")).Build();
        var assistant = sample.GetSection(AssistantOptions.SectionName).Get<AssistantOptions>()!;
        var defaults = new AssistantOptions();

        Assert.False(assistant.IsConfigured);
        Assert.Equal((defaults.Timeout, defaults.MaxThreadCharacters, defaults.ReadingsPerHour), (assistant.Timeout, assistant.MaxThreadCharacters, assistant.ReadingsPerHour));
        Assert.True(new AssistantOptionsValidator().Validate(null, assistant).Succeeded);
    }
}
