namespace Coordination.Bot.Webhooks;

/// <summary>Outgoing webhooks (section <c>Webhooks</c>): where they may go, how long a send may take, how retries back off.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Let endpoints resolve to private, loopback or link-local addresses (and plain <c>http</c> to loopback). Defaults to <c>false</c>.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How long one delivery may take, connection included. Defaults to 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after a first failure; each further failure doubles it (with jitter). Defaults to 30 seconds.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two tries (a longer <c>Retry-After</c> is still honoured). Defaults to 1 hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>An endpoint whose deliveries have all failed for this long is disabled and its admin told. Defaults to 24 hours.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the delivery worker looks for due deliveries. Defaults to 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
