using Coordination.Core.FollowUp;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Options;

/// <summary>Checks the <c>Coordination</c> section at start and names every key that needs fixing.</summary>
public sealed class FollowUpPolicyValidator : IValidateOptions<FollowUpPolicy>
{
    private const string Section = FollowUpPolicy.SectionName;

    public ValidateOptionsResult Validate(string? name, FollowUpPolicy options)
    {
        var failures = new List<string>();
        if (options.ResponseWindow <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:ResponseWindow must be positive, for example 2.00:00:00 (was {options.ResponseWindow}).");
        }

        if (options.MaxAttempts < 1)
        {
            failures.Add($"{Section}:MaxAttempts must be at least 1 (was {options.MaxAttempts}).");
        }

        if (FollowUpSchedule.FindZone(options.DefaultTimeZone) is null)
        {
            failures.Add($"{Section}:DefaultTimeZone '{options.DefaultTimeZone}' is not a known IANA time zone, such as UTC or Europe/London.");
        }

        if (options.DeliveryWindow.Enabled && options.DeliveryWindow.Start >= options.DeliveryWindow.End)
        {
            failures.Add($"{Section}:DeliveryWindow:Start ({options.DeliveryWindow.Start:HH\\:mm}) must be before {Section}:DeliveryWindow:End ({options.DeliveryWindow.End:HH\\:mm}).");
        }

        if (options.SweepInterval <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:SweepInterval must be positive, for example 00:01:00 (was {options.SweepInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
