using Coordination.Bot.LocalChat;
using Coordination.Bot.Options;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>The pages' options and access (sessions, forwarded headers, request log), the dashboard's reads and the local chat.</summary>
    public static IServiceCollection AddCoordinationWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBoundOptions<WebOptions, WebOptionsValidator>(configuration, WebOptions.SectionName);
        services.AddSingleton<IValidateOptions<WebOptions>, KeyProtectionValidator>();
        services.AddSingleton<AdminSession>();
        services.AddCoordinationForwardedHeaders();
        services.AddCoordinationRequestLog();
        services.AddScoped<Dashboard.DashboardQueries>();
        services.AddScoped<Dashboard.DashboardPages>();
        services.AddScoped<SignIn.PeopleFigures>();
        services.AddLocalChat();
        return services;
    }
}
