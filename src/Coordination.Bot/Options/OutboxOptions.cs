namespace Coordination.Bot.Options;

/// <summary>Delivery of queued messages: the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the delivery job runs. Defaults to 5 seconds.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages claimed per round. Defaults to 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Concurrent sends per round. Defaults to 8.</summary>
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>Tries before a message is parked with its error. Defaults to 8.</summary>
    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>First retry delay; it doubles each time. Defaults to 15 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest retry delay. Defaults to 1 hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed message is reserved for the instance sending it. Defaults to 2 minutes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);
}
