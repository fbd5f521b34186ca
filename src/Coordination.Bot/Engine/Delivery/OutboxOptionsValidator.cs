using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.Delivery;

/// <summary>Checks the <c>Outbox</c> section at start.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    private const string Section = OutboxOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        var failures = new List<string>();
        AddIfNotPositive(failures, "DeliveryInterval", options.DeliveryInterval);
        AddIfNotPositive(failures, "RetryDelay", options.RetryDelay);
        AddIfNotPositive(failures, "MaxRetryDelay", options.MaxRetryDelay);
        AddIfNotPositive(failures, "ClaimLease", options.ClaimLease);
        if (options.BatchSize < 1 || options.MaxParallelSends < 1 || options.MaxDeliveryAttempts < 1)
        {
            failures.Add($"{Section}:BatchSize, {Section}:MaxParallelSends and {Section}:MaxDeliveryAttempts must each be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfNotPositive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:{key} must be positive (was {value}).");
        }
    }
}
