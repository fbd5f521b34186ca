using System.Diagnostics;

namespace Coordination.Bench;

/// <summary>Collects outcomes and latencies (in <see cref="Stopwatch"/> ticks) from many concurrent senders.</summary>
internal sealed class SlackLoadRecorder
{
    private readonly Lock _lock = new();
    private readonly List<long> _succeeded = new(capacity: 1 << 16);
    private readonly List<long> _all = new(capacity: 1 << 16);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _samples = new(StringComparer.Ordinal);

    public void Add(SlackCommandOutcome outcome, long latencyTicks)
    {
        lock (_lock)
        {
            _all.Add(latencyTicks);
            if (outcome.Succeeded)
            {
                _succeeded.Add(latencyTicks);
            }
            else
            {
                _errors[outcome.Error!] = _errors.GetValueOrDefault(outcome.Error!) + 1;
                if (outcome.Sample is not null)
                {
                    _samples.TryAdd(outcome.Error!, outcome.Sample);
                }
            }
        }
    }

    public SlackLoadResult Result(string name, TimeSpan elapsed)
    {
        lock (_lock)
        {
            var succeeded = _succeeded.ToArray();
            Array.Sort(succeeded);
            var all = _all.ToArray();
            Array.Sort(all);
            return new SlackLoadResult(name, _all.Count, succeeded, all, new Dictionary<string, int>(_errors, StringComparer.Ordinal),
                new Dictionary<string, string>(_samples, StringComparer.Ordinal), elapsed);
        }
    }
}

/// <summary>
/// One load phase. Percentiles are over the successful requests (nearest rank on the sorted latencies); when none
/// succeeded they are over every answer, so a run against a bot without the endpoint still shows its timings.
/// </summary>
internal sealed record SlackLoadResult(
    string Name,
    int Sent,
    long[] SucceededTicks,
    long[] AllTicks,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyDictionary<string, string> ErrorSamples,
    TimeSpan Elapsed)
{
    public int Succeeded => SucceededTicks.Length;

    public int Failed => Sent - Succeeded;

    public double SucceededPerSecond => Succeeded / Elapsed.TotalSeconds;

    public double SentPerSecond => Sent / Elapsed.TotalSeconds;

    /// <summary>Whether the percentiles are over every answer because none succeeded.</summary>
    public bool LatenciesOfFailures => Succeeded == 0 && Sent > 0;

    public double PercentileMs(double percentile)
    {
        var sorted = LatenciesOfFailures ? AllTicks : SucceededTicks;
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }

    public double MaxMs => PercentileMs(100);

    public string ErrorSummary => Errors.Count == 0
        ? "none"
        : string.Join(", ", Errors.OrderByDescending(e => e.Value).Select(e => $"{e.Key} × {e.Value:N0}"));
}
