using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

/// <summary>
/// The bot's own pages (the local chat at <c>/</c> and the dashboard at <c>/dashboard</c>). Without
/// <see cref="AdminToken"/> they answer loopback clients only; with it, every page and API asks for it.
/// </summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    public const int MinTokenLength = 16;

    /// <summary>The secret that opens the pages to clients beyond this machine (at least 16 characters).</summary>
    public string? AdminToken { get; set; }
}

public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrWhiteSpace(options.AdminToken) && options.AdminToken.Trim().Length < WebOptions.MinTokenLength
            ? ValidateOptionsResult.Fail($"Web:AdminToken must be at least {WebOptions.MinTokenLength} characters (or left unset to serve the pages to this machine only).")
            : ValidateOptionsResult.Success;
    }
}
