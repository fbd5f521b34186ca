using Coordination.Bot.LocalChat;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>The pages' options and access (sessions, forwarded headers, request log), the clock the local chat can move ahead, the dashboard's reads and the local chat's conversations.</summary>
    public static IServiceCollection AddCoordinationWeb(this IServiceCollection services)
    {
        services.TryAddSingleton<TimeProvider>(new ShiftableClock(TimeProvider.System));
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.AddSingleton<IValidateOptions<WebOptions>, KeyProtectionValidator>();
        services.AddSingleton<AdminSession>();
        services.AddSingleton<LocalChatSwitch>();
        services.AddCoordinationForwardedHeaders();
        services.AddCoordinationRequestLog();
        services.AddSingleton<FastForward>();
        services.AddScoped<Dashboard.DashboardQueries>();
        services.AddScoped<Dashboard.DashboardPages>();
        services.AddScoped<SignIn.PeopleFigures>();
        services.AddSingleton<LocalTranscript>();
        services.AddSingleton<LocalChatService>();
        services.AddSingleton<LocalWorkspaceSeeder>();
        return services;
    }
}
