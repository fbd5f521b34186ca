using Microsoft.Extensions.Options;

namespace Coordination.Bot.Telemetry;

/// <summary>Checks the <c>Telemetry</c> section at start.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ServiceName)
            ? ValidateOptionsResult.Fail("Telemetry:ServiceName must not be empty (leave it unset for coordination-bot).")
            : ValidateOptionsResult.Success;
    }
}
