using Coordination.Data.Outbox;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The outbox's delivery: leases, pacing, effects, the dispatcher, and the signal that wakes it when messages are queued.</summary>
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().Configure<IOptions<HostOptions>>((outbox, host) =>
            outbox.ShutdownGrace = host.Value.ShutdownTimeout >= TimeSpan.Zero ? host.Value.ShutdownTimeout / 2 : Timeout.InfiniteTimeSpan);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxListener>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddScoped<ConversationLeases>();
        services.AddScoped<DeliveryPacer>();
        services.AddScoped<DeliveryEffects>();
        services.AddScoped<OutboxMessageSender>();
        services.AddScoped<ConversationDelivery>();
        services.AddScoped<OutboxDispatcher>();
        return services;
    }
}
