using Coordination.Bot.Calendars.Graph;
using Coordination.Bot.Options;

namespace Coordination.Bot.Calendars;

public static class CalendarsServiceCollectionExtensions
{
    /// <summary>Holiday calendars: the options, the guarded fetcher, the import and the refresh the hourly job runs.</summary>
    public static IServiceCollection AddHolidayCalendars(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBoundOptions<HolidaysOptions, HolidaysOptionsValidator>(configuration, HolidaysOptions.SectionName);
        services.AddHttpClient<CalendarFetcher>(http => http.Timeout = CalendarFetcher.Timeout + TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(() => CalendarFetcher.Handler(configuration));
        services.AddScoped<HolidayImport>();
        services.AddScoped<HolidayRefresh>();
        services.AddBoundOptions<GraphOptions, GraphOptionsValidator>(configuration, GraphOptions.SectionName);
        services.AddHttpClient(nameof(GraphMailbox), http => http.Timeout = CalendarFetcher.Timeout);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GraphMailbox>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(GraphMailbox))));
        services.AddScoped<PersonalCalendars>();
        services.AddScoped<CalendarAbsence>();
        services.AddScoped<OutOfOfficeRefresh>();
        return services;
    }
}
