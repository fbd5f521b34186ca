using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    private static Task<Reply> StatsAsync(Session session, StatsCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Failure("`stats` is not ready yet."));
}
