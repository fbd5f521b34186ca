using Microsoft.Extensions.Options;

namespace Coordination.Bot.Webhooks;

/// <summary>Checks the <c>Webhooks</c> section at start, naming every key to fix.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    private const string Section = WebhookOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        AddIfNotPositive(failures, nameof(WebhookOptions.Timeout), options.Timeout);
        AddIfNotPositive(failures, nameof(WebhookOptions.FirstRetryDelay), options.FirstRetryDelay);
        AddIfNotPositive(failures, nameof(WebhookOptions.MaxRetryDelay), options.MaxRetryDelay);
        AddIfNotPositive(failures, nameof(WebhookOptions.DisableAfter), options.DisableAfter);
        AddIfNotPositive(failures, nameof(WebhookOptions.PollInterval), options.PollInterval);
        if (options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add($"{Section}:MaxRetryDelay ({options.MaxRetryDelay}) must not be shorter than {Section}:FirstRetryDelay ({options.FirstRetryDelay}).");
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
