using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    private static Task<Reply> PatternsAsync(Session session, CancellationToken cancellationToken) =>
        Task.FromResult(Reply.Failure("`patterns` is not ready yet."));
}
