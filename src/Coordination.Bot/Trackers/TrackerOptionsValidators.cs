using Microsoft.Extensions.Options;

namespace Coordination.Bot.Trackers;

/// <summary>A secret, when set, is long enough to resist guessing; the API base is an absolute http(s) address.</summary>
public sealed class GitHubOptionsValidator : IValidateOptions<GitHubOptions>
{
    public ValidateOptionsResult Validate(string? name, GitHubOptions options)
    {
        var failures = new List<string>();
        TrackerSecrets.Check(failures, "GitHub:WebhookSecret", options.WebhookSecret);
        if (options.ApiUrl is { } api && (!api.IsAbsoluteUri || api.Scheme is not ("https" or "http")))
        {
            failures.Add("GitHub:ApiUrl must be an absolute http(s) URL, like https://ghe.example.com/api/v3/.");
        }

        if (options.EnterpriseHosts.Any(h => string.IsNullOrWhiteSpace(h) || h.Contains('/', StringComparison.Ordinal) || h.Contains(':', StringComparison.Ordinal)))
        {
            failures.Add("GitHub:EnterpriseHosts lists host names only, like ghe.example.com.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public sealed class JiraOptionsValidator : IValidateOptions<JiraOptions>
{
    public ValidateOptionsResult Validate(string? name, JiraOptions options)
    {
        var failures = new List<string>();
        TrackerSecrets.Check(failures, "Jira:WebhookSecret", options.WebhookSecret);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public sealed class LinearOptionsValidator : IValidateOptions<LinearOptions>
{
    public ValidateOptionsResult Validate(string? name, LinearOptions options)
    {
        var failures = new List<string>();
        TrackerSecrets.Check(failures, "Linear:WebhookSecret", options.WebhookSecret);
        if (options.TimestampTolerance <= TimeSpan.Zero || options.TimestampTolerance > TimeSpan.FromMinutes(10))
        {
            failures.Add("Linear:TimestampTolerance must be more than zero and at most 10 minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal static class TrackerSecrets
{
    public const int MinLength = 16;

    /// <summary>Reports a secret that is set but too short; the message never repeats it.</summary>
    public static void Check(List<string> failures, string key, string? secret)
    {
        if (!string.IsNullOrEmpty(secret) && secret.Length < MinLength)
        {
            failures.Add($"{key} must be at least {MinLength} characters (or empty, which turns its endpoint off).");
        }
    }
}
