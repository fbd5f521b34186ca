using Microsoft.Extensions.Options;

namespace Coordination.Bot.Options;

/// <summary>
/// Binds an options class to its configuration section once, validated at start, and hands back the values that
/// section holds while services are registered, for the few choices made then (which channels exist, which jobs run).
/// Asked again for the same class, it binds nothing more and returns the same instance, so every feature that needs
/// those values at registration reads them the same way and in any order.
/// </summary>
public static class BoundOptions
{
    public static TOptions AddBoundOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.FirstOrDefault(d => d.ServiceType == typeof(Registered<TOptions>))?.ImplementationInstance is Registered<TOptions> registered)
        {
            return registered.Value;
        }

        var section = configuration.GetSection(sectionName);
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        var value = section.Get<TOptions>() ?? new TOptions();
        services.AddSingleton(new Registered<TOptions>(value));
        return value;
    }

    /// <summary>The values read at registration, kept with the services so a second request for them returns the first.</summary>
    private sealed record Registered<TOptions>(TOptions Value);
}
