using Coordination.Bot.Digests;
using Quartz;

namespace Coordination.Bot.Jobs;

/// <summary>Every <c>Digest:CheckInterval</c>, posts the weekly digests that are due (or were missed while the bot was down).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestPublisher digests, ILogger<DigestJob> logger) : RecurringJob(logger)
{
    public static readonly JobKey Key = new("weekly-digest", "coordination");

    protected override Task RunAsync(CancellationToken cancellationToken) => digests.PostDueAsync(cancellationToken);
}
