using Microsoft.Extensions.Options;

namespace Coordination.Bot.Assistant;

/// <summary>Checks the <c>Assistant</c> section at start, reporting every problem with the key to fix.</summary>
public sealed class AssistantOptionsValidator : IValidateOptions<AssistantOptions>
{
    private const string Section = AssistantOptions.SectionName;

    private static readonly TimeSpan LongestTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, AssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            failures.Add($"{Section}:Endpoint must be an absolute http(s) URL, for example http://localhost:11434/v1 (was '{options.Endpoint}').");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"{Section}:Model is required with {Section}:Endpoint, for example gpt-4o-mini or llama3.1.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LongestTimeout)
        {
            failures.Add($"{Section}:Timeout must be positive and at most {LongestTimeout:hh\\:mm\\:ss} (was {options.Timeout}).");
        }

        if (options.MaxThreadCharacters is < 1_000 or > 500_000)
        {
            failures.Add($"{Section}:MaxThreadCharacters must be between 1000 and 500000 (was {options.MaxThreadCharacters}).");
        }

        if (options.ReadingsPerHour is < 1 or > 10_000)
        {
            failures.Add($"{Section}:ReadingsPerHour must be between 1 and 10000 (was {options.ReadingsPerHour}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
