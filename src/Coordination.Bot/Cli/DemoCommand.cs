
namespace Coordination.Bot.Cli;

/// <summary>
/// <c>demo</c>: plays a realistic week through the real engine on a temporary SQLite database and simulated time,
/// and prints the timeline and the request's paper trail.
/// </summary>
public static class DemoCommand
{
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 11, 26, 16, 30, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Path.GetTempPath(), $"coordination-demo-{Guid.NewGuid():N}.db");
        var clock = new SimulatedClock(ThursdayAfternoon);
        try
        {
            await using var services = DemoServices.Build(file, clock);
            var week = new DemoWeek(services, clock, output);
            await week.PlayAsync(cancellationToken);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
