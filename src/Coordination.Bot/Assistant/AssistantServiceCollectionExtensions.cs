using System.ClientModel;
using System.ClientModel.Primitives;
using Coordination.Bot.Options;
using Coordination.Core.Documentation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenAI;

namespace Coordination.Bot.Assistant;

public static class AssistantServiceCollectionExtensions
{
    /// <summary>
    /// The optional assistant: with <c>Assistant:Endpoint</c>, an <see cref="IChatClient"/> on that OpenAI-compatible
    /// API, the documentation agent as the thread summariser and the language agent behind the usage answer. Without it,
    /// only the options (validated) are registered and everything works by the rules.
    /// </summary>
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddBoundOptions<AssistantOptions, AssistantOptionsValidator>(configuration, AssistantOptions.SectionName);
        if (!options.IsConfigured)
        {
            return services;
        }

        services.AddDataProtection();
        services.TryAddSingleton<IChatClient>(sp => Client(sp.GetRequiredService<IOptions<AssistantOptions>>().Value));
        services.AddSingleton<AssistantPrompts>();
        services.AddSingleton<RuleBasedSummarizer>();
        services.Replace(ServiceDescriptor.Singleton<IThreadSummarizer, AssistantSummarizer>());
        services.AddSingleton<ReadingLimit>();
        services.AddSingleton<SealedReadings>();
        services.AddSingleton<AssistantReader>();
        return services;
    }

    /// <summary>The chat client: one try per question (no retries multiplying the wait and the bill), within the timeout.</summary>
    private static IChatClient Client(AssistantOptions options)
    {
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            NetworkTimeout = options.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
        return client.GetChatClient(options.Model).AsIChatClient();
    }
}
