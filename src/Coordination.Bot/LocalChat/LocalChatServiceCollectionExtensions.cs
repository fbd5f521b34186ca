namespace Coordination.Bot.LocalChat;

public static class LocalChatServiceCollectionExtensions
{
    /// <summary>The local chat: its switch, conversations and fake workspace, and the clock its fast-forward moves.</summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services)
    {
        services.AddShiftableClock();
        services.AddSingleton<LocalChatSwitch>();
        services.AddSingleton<FastForward>();
        services.AddSingleton<LocalTranscript>();
        services.AddSingleton<LocalChatService>();
        services.AddSingleton<LocalWorkspaceSeeder>();
        return services;
    }

    /// <summary>
    /// Makes the bot's clock one the local chat can move ahead, whenever this runs: it takes the place of the system
    /// clock that the engine and the adapters register when none is there, and leaves any other clock (a test's) alone.
    /// </summary>
    public static IServiceCollection AddShiftableClock(this IServiceCollection services)
    {
        var clocks = services.Where(d => d.ServiceType == typeof(TimeProvider)).ToList();
        if (clocks.Count > 0 && !clocks.All(IsSystemClock))
        {
            return services;
        }

        foreach (var clock in clocks)
        {
            services.Remove(clock);
        }

        services.AddSingleton<TimeProvider>(new ShiftableClock(TimeProvider.System));
        return services;
    }

    private static bool IsSystemClock(ServiceDescriptor descriptor) =>
        !descriptor.IsKeyedService && ReferenceEquals(descriptor.ImplementationInstance, TimeProvider.System);
}
