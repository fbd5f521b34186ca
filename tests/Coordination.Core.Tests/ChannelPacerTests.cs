using Coordination.Core.Chat;
using Microsoft.Extensions.Time.Testing;

namespace Coordination.Core.Tests;

public sealed class ChannelPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WaitTurn_FirstPost_DoesNotWait()
    {
        Assert.True(Pacer().WaitTurnAsync("T1", "C1", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task WaitTurn_SecondPostSameChannel_WaitsForTheInterval()
    {
        var pacer = Pacer();
        await pacer.WaitTurnAsync("T1", "C1", CancellationToken.None);

        var second = pacer.WaitTurnAsync("T1", "C1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitTurn_ThreeQueuedPosts_AreSpacedOneIntervalApart()
    {
        var pacer = Pacer();
        var turns = Enumerable.Range(0, 3).Select(_ => pacer.WaitTurnAsync("T1", "C1", CancellationToken.None)).ToList();

        _time.Advance(TimeSpan.FromSeconds(1));
        await turns[1].WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(turns[2].IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        await turns[2].WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void WaitTurn_OtherChannelOrTeam_DoesNotWait()
    {
        var pacer = Pacer();
        _ = pacer.WaitTurnAsync("T1", "C1", CancellationToken.None);

        Assert.True(pacer.WaitTurnAsync("T1", "C2", CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(pacer.WaitTurnAsync("T2", "C1", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitTurn_IntervalAlreadyPassed_DoesNotWait()
    {
        var pacer = Pacer();
        _ = pacer.WaitTurnAsync("T1", "C1", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(pacer.WaitTurnAsync("T1", "C1", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitTurn_ZeroInterval_NeverWaits()
    {
        var pacer = Pacer(TimeSpan.Zero);

        Assert.All(Enumerable.Range(0, 5), _ => Assert.True(pacer.WaitTurnAsync("T1", "C1", CancellationToken.None).IsCompletedSuccessfully));
        Assert.Equal(0, pacer.TrackedChannels);
    }

    [Fact]
    public async Task WaitTurn_CancelledWhileWaiting_Throws()
    {
        var pacer = Pacer();
        _ = pacer.WaitTurnAsync("T1", "C1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var second = pacer.WaitTurnAsync("T1", "C1", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
    }

    [Fact]
    public void WaitTurn_ChannelsIdleOverAMinute_AreForgotten()
    {
        var pacer = Pacer();
        foreach (var channel in new[] { "C1", "C2", "C3" })
        {
            _ = pacer.WaitTurnAsync("T1", channel, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromMinutes(2));
        _ = pacer.WaitTurnAsync("T1", "C9", CancellationToken.None);

        Assert.Equal(1, pacer.TrackedChannels);
    }

    private ChannelPacer Pacer(TimeSpan? interval = null) =>
        new(interval ?? TimeSpan.FromSeconds(1), _time);
}
