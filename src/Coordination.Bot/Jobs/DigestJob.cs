using Coordination.Bot.Digests;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Every <c>Digest:CheckInterval</c>, posts the weekly digests that are due (or were missed while the bot was down).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestPublisher digests, ILogger<DigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "coordination");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await digests.PostDueAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.JobFailed(logger, ex, nameof(DigestJob));
        }
    }
}
