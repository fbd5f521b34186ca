using Coordination.Bot.Engine;
using Coordination.Bot.LocalChat;
using Coordination.Bot.Web;
using Coordination.Core.Commands;
using Coordination.Data;
using Coordination.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Coordination.Bot.Tests.People;

namespace Coordination.Bot.Tests.LocalChat;

public sealed class FastForwardTests : IDisposable
{
    private static readonly Dictionary<string, string?> PlainTimeline = new()
    {
        ["Coordination:CountWeekends"] = "true",
        ["Coordination:DeliveryWindow:Enabled"] = "false",
    };

    private readonly SqliteDatabases _databases = new();

    [Fact]
    public async Task Advance_PastTheWindow_NudgesOnceAndDeliversEverything()
    {
        var (provider, connectionString) = await _databases.CreateAsync();
        var clock = new FakeTimeProvider(BotApp.Thursday);
        await using var app = new BotApp(provider, connectionString, clock, PlainTimeline);
        await using var web = app.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new ShiftableClock(clock))));
        await using (var scope = web.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommandHandler>().HandleAsync(new AskCommand(As(Alice), "Review the plan", [Bob]), CancellationToken.None);
        }

        var fastForward = web.Services.GetRequiredService<FastForward>();
        var moved = await fastForward.AdvanceAsync(TimeSpan.FromHours(48), CancellationToken.None);

        Assert.True(moved);
        Assert.Equal(TimeSpan.FromHours(48), fastForward.Offset);
        var sent = web.Services.GetRequiredService<LocalChannel>().Messages.Select(m => m.Message.Text).ToList();
        Assert.Single(sent, t => t.Contains("Attempt 2 of 3", StringComparison.Ordinal));
        await using var check = web.Services.CreateAsyncScope();
        var statuses = await check.ServiceProvider.GetRequiredService<CoordinationDbContext>().OutboxMessages.Select(m => m.Status).ToListAsync();
        Assert.All(statuses, s => Assert.Equal(OutboxStatus.Delivered, s));
    }

    public void Dispose() => _databases.Dispose();
}
