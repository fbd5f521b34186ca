using Coordination.Core.Trackers;

namespace Coordination.Bot.Trackers;

/// <summary>The tracker integration's log events (never a secret, a signature or a body).</summary>
internal static partial class TrackerLog
{
    [LoggerMessage(900, LogLevel.Information, "{Tracker} delivery ({Kind}) reached {Linked} linked requests and changed {Changed}")]
    public static partial void DeliveryApplied(ILogger logger, Tracker tracker, TrackerEventKind kind, int linked, int changed);

    [LoggerMessage(901, LogLevel.Warning, "{Tracker} delivery refused: {Reason}")]
    public static partial void DeliveryRefused(ILogger logger, Tracker tracker, string reason);

    [LoggerMessage(902, LogLevel.Information, "Concurrent change while applying a {Tracker} delivery (attempt {Attempt}); retrying")]
    public static partial void DeliveryConflict(ILogger logger, Tracker tracker, int attempt);

    [LoggerMessage(903, LogLevel.Debug, "{Tracker} delivery {DeliveryId} was acted on before; ignored")]
    public static partial void DeliveryDuplicate(ILogger logger, Tracker tracker, string deliveryId);

    [LoggerMessage(904, LogLevel.Information, "Opened pull request {Url} for decision {DecisionKey} in {Repository}")]
    public static partial void AdrPullRequestOpened(ILogger logger, string url, string decisionKey, string repository);

    [LoggerMessage(905, LogLevel.Warning, "Could not open a pull request for decision {DecisionKey} in {Repository}: {Error}")]
    public static partial void AdrPullRequestFailed(ILogger logger, string decisionKey, string repository, string error);
}
