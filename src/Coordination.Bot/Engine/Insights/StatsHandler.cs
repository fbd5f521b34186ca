using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Insights;

/// <summary>
/// <c>stats [@person]</c>: the figures of the actor, or of someone the actor leads (directly or further up). The reply
/// goes only to the actor; in Teams, where a reply shows to the whole conversation, the figures go by direct message.
/// </summary>
public sealed class StatsHandler(CoordinationDbContext db, DirectMessages messages, FollowUpSchedule schedule) : ICommandHandler<StatsCommand>
{
    /// <summary>How far up the lead chain a lead may look: their reports, their reports' reports, and so on.</summary>
    private const int MaxLeadLevels = 8;

    public async Task<Reply> HandleAsync(Session session, StatsCommand command, CancellationToken cancellationToken)
    {
        var subject = command.Person is null || command.Person.PlatformUserId == session.Actor.PlatformUserId
            ? session.Actor
            : await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.WorkspaceId == session.Workspace.Id && p.PlatformUserId == command.Person.PlatformUserId, cancellationToken);
        if (subject is null || (subject.Id != session.Actor.Id && !await LeadsAsync(session.Actor, subject, cancellationToken)))
        {
            var name = subject?.DisplayName ?? command.Person?.DisplayName;
            return Reply.Failure(name is null
                ? "Only that person and their lead can see their figures. `/coord stats` shows yours."
                : $"Only {name} and their lead can see {name}'s figures. `/coord stats` shows yours.");
        }

        var figures = await new PersonStats(db, schedule.Policy.ResponseWindow).ComputeAsync(subject.Id, session.Now, cancellationToken);
        var text = PersonStatsText.Compose(subject.Id == session.Actor.Id ? null : subject.DisplayName, figures, schedule.CalendarOf(session.Actor).Zone);
        if (session.Workspace.Platform != ChatPlatform.Teams)
        {
            return new Reply(text);
        }

        messages.SendToActor(session, text, file: null, "stats");
        return new Reply("The figures are in your direct messages with me, where only you see them.");
    }

    /// <summary>Whether <paramref name="lead"/> is <paramref name="person"/>'s lead, or a lead further up their chain.</summary>
    private async Task<bool> LeadsAsync(Person lead, Person person, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid> { person.Id };
        var next = person.LeadId;
        for (var level = 0; level < MaxLeadLevels && next is { } id && seen.Add(id); level++)
        {
            if (id == lead.Id)
            {
                return true;
            }

            next = await db.People.Where(p => p.Id == id).Select(p => p.LeadId).SingleOrDefaultAsync(cancellationToken);
        }

        return false;
    }
}
