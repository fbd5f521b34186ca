using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>A job the scheduler runs again and again: a failed run is logged and the next one tries afresh.</summary>
public abstract class RecurringJob(ILogger logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.JobFailed(logger, ex, GetType().Name);
        }
    }

    protected abstract Task RunAsync(CancellationToken cancellationToken);
}
