using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    private static Task<Reply> ExportAsync(Session session, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Failure("`export` is not ready yet."));
}
