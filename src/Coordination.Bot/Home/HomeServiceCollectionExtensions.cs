using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Coordination.Bot.Home;

public static class HomeServiceCollectionExtensions
{
    /// <summary>Each person's Home: built per scope, published to Slack's Home tab, refreshed (debounced) when a save changes it.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services)
    {
        services.AddScoped<HomeBuilder>();
        services.AddSingleton<SlackHomePublisher>();
        services.AddSingleton<HomeRefresher>();
        services.AddSingleton<ISaveChangesInterceptor, HomeChangeInterceptor>();
        return services;
    }
}
