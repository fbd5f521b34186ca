using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Delivery;
using Coordination.Bot.LocalChat;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Bot.Tests;

/// <summary>
/// The real host on a real database, with a fake clock. The recurring jobs are off unless asked for, so each test
/// runs the sweep and the delivery itself, exactly when it means to.
/// </summary>
public sealed class BotApp(
    string provider,
    string connectionString,
    FakeTimeProvider? clock = null,
    IReadOnlyDictionary<string, string?>? settings = null,
    IChatChannel? channel = null,
    bool runJobs = false) : WebApplicationFactory<Program>
{
    /// <summary>Thursday 26 November 2026, 15:00 UTC.</summary>
    public static readonly DateTimeOffset Thursday = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = clock ?? new FakeTimeProvider(Thursday);

    public LocalChannel Chat => Services.GetRequiredService<LocalChannel>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Coordination", connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (!runJobs)
            {
                services.RemoveAll<IHostedService>();
                services.AddHostedService<StartupService>();
            }

            if (channel is not null)
            {
                services.AddSingleton(channel);
            }
        });
    }

    public Task<Reply> SendAsync(ChatCommand command) =>
        InScopeAsync(sp => sp.GetRequiredService<CommandHandler>().HandleAsync(command, CancellationToken.None));

    public Task<SweepResult> SweepAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<FollowUpSweep>().RunAsync(CancellationToken.None));

    public Task<int> SendMorningSummariesAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<MorningSummaries>().RunAsync(CancellationToken.None));

    public Task<int> DeliverAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None));

    /// <summary>
    /// Move the clock and let the engine do what it would have done by then: deliver what was queued before (at once,
    /// as the woken delivery would have), then sweep and deliver.
    /// </summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        await DeliverAsync();
        Clock.Advance(by);
        await SweepAsync();
        await DeliverAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<CoordinationDbContext, Task<T>> query) =>
        InScopeAsync(sp => query(sp.GetRequiredService<CoordinationDbContext>()));
}
