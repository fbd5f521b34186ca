using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Data;

namespace Coordination.Bot.Home;

/// <summary>
/// The answer to a press in a Home: what worked shows in the refreshed Home itself; what did not is told to the presser
/// by direct message, the one place a Home's press can be answered.
/// </summary>
internal static class HomeReplies
{
    public static void Record(CoordinationDbContext db, ChatCommand command, Reply reply, string key, DateTimeOffset now)
    {
        if (reply is { Succeeded: false, Text.Length: > 0 })
        {
            var context = command.Context;
            db.QueueMessage(new OutgoingMessage(context.Platform, context.WorkspaceId, MessageDestination.DirectTo(context.Actor.PlatformUserId), reply.Text, [], []), key + ":reply", now);
        }
    }
}
