using Coordination.Bot.Home;
using Coordination.Core.Commands;
using Coordination.Core.Home;

namespace Coordination.Bot.Engine.People;

/// <summary><c>home</c>: the actor's Home as text (and, in Slack, their Home tab refreshed); the working days set from it.</summary>
public sealed class HomeHandler(HomeBuilder homes, HomeRefresher refresher, FollowUpRescheduler rescheduler)
    : ICommandHandler<HomeCommand>,
      ICommandHandler<SetWorkingDaysCommand>
{
    public async Task<Reply> HandleAsync(Session session, HomeCommand command, CancellationToken cancellationToken)
    {
        refresher.Changed([session.Actor.Id]);
        return new Reply(HomeText.Compose(await homes.ForAsync(session.Actor, session.Now, cancellationToken)));
    }

    /// <summary>Only the days ticked count toward the actor's windows from now on; their follow-ups move to match.</summary>
    public async Task<Reply> HandleAsync(Session session, SetWorkingDaysCommand command, CancellationToken cancellationToken)
    {
        session.Actor.SetWorkingDays(command.Days);
        await rescheduler.RescheduleAsync(session.Workspace, session.Actor, cancellationToken);
        var days = string.Join(", ", HomeActions.Days.Where(d => (command.Days & d.Day) != 0).Select(d => d.Label));
        return new Reply($"Your working days are now {days}; only these count toward your 48 hours.");
    }
}
