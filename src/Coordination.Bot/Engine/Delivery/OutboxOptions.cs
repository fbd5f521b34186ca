namespace Coordination.Bot.Engine.Delivery;

/// <summary>Delivery of queued messages: the <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>
    /// The safety-net poll: delivery starts as soon as a message is queued (and, on PostgreSQL, when another instance
    /// queues one), and when a retry or a paced conversation comes due; this is the longest it ever waits. Defaults to 5 seconds.
    /// </summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Conversations leased per round. Defaults to 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Conversations sent into at once (each one in order). Defaults to 8.</summary>
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>Pace each conversation and workspace to the platform's documented rate limits. Defaults to on.</summary>
    public bool Pacing { get; set; } = true;

    /// <summary>Tries before a message is parked with its error. Defaults to 8.</summary>
    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>First retry delay when the platform names none (a <c>Retry-After</c> is followed exactly); it doubles each time. Defaults to 15 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest retry delay. Defaults to 1 hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a leased conversation stays with the instance sending into it unless renewed (it renews while it works). Defaults to 2 minutes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a send in flight may take to finish once the host stops before it is cut short: half of
    /// <see cref="HostOptions.ShutdownTimeout"/> (<c>shutdownTimeoutSeconds</c>), leaving the rest to release the leases.
    /// </summary>
    public TimeSpan ShutdownGrace { get; internal set; } = TimeSpan.FromSeconds(15);
}
