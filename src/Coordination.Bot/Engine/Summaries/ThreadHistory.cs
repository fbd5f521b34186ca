using Coordination.Core.Chat;
using Coordination.Core.Documentation;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Summaries;

/// <summary>The messages the bot received in a tracked thread, oldest first: what a summary is made from.</summary>
public sealed class ThreadHistory(CoordinationDbContext db)
{
    private const int MaxMessages = 500;

    public async Task<List<ThreadMessage>> MessagesAsync(Workspace workspace, ThreadRef thread, CancellationToken cancellationToken) =>
        await db.ReceivedMessages
            .Where(m => m.Platform == workspace.Platform && m.WorkspaceExternalId == workspace.ExternalId && m.Channel == thread.Channel && m.ThreadId == thread.ThreadId)
            .OrderBy(m => m.At).Take(MaxMessages)
            .Select(m => new ThreadMessage(m.AuthorId, m.AuthorName, m.Text, m.At))
            .ToListAsync(cancellationToken);
}
