using Coordination.Bot.Options;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Microsoft.Extensions.Options;

namespace Coordination.Bot.Engine.People;

/// <summary>A person's own settings: <c>tz</c>, <c>summary on|off</c>, and what the platform reports about them.</summary>
public sealed class ProfileHandler(FollowUpRescheduler rescheduler, FollowUpSchedule schedule, IOptions<MorningSummaryOptions> summaryOptions)
    : ICommandHandler<SetTimeZoneCommand>,
      ICommandHandler<SetMorningSummaryCommand>,
      ICommandHandler<ProfileCommand>
{
    public async Task<Reply> HandleAsync(Session session, SetTimeZoneCommand command, CancellationToken cancellationToken)
    {
        if (FollowUpSchedule.FindZone(command.TimeZoneId) is not { } zone)
        {
            return Reply.Failure($"'{command.TimeZoneId}' is not a time zone I know. Use an IANA name such as `Europe/London` or `America/New_York`.");
        }

        session.Actor.SetTimeZone(zone.Id);
        await rescheduler.RescheduleAsync(session.Workspace, session.Actor, cancellationToken);
        return new Reply($"Your time zone is now {zone.Id}; follow-ups reach you on your working mornings there.");
    }

    /// <summary><c>summary on|off</c>: the actor's morning summary; turning it on says when it comes.</summary>
    public Task<Reply> HandleAsync(Session session, SetMorningSummaryCommand command, CancellationToken cancellationToken)
    {
        var actor = session.Actor;
        var wasOn = !actor.MorningSummaryOff;
        if (wasOn == command.On)
        {
            return Task.FromResult(new Reply(
                command.On ? $"Your morning summary is already on. {SummaryComes(actor)}" : "Your morning summary is already off. `/coord summary on` brings it back.",
                Succeeded: false));
        }

        actor.SetMorningSummary(command.On);
        return Task.FromResult(new Reply(command.On
            ? $"Your morning summary is on. {SummaryComes(actor)} `/coord summary off` stops it."
            : "Your morning summary is off. Nudges still come in each request's thread; `/coord summary on` brings the summary back."));
    }

    /// <summary>
    /// What the platform says about the actor: a known zone replaces theirs (and moves their follow-ups); whether they
    /// administer the workspace, when it says, replaces what was recorded.
    /// </summary>
    public async Task<Reply> HandleAsync(Session session, ProfileCommand command, CancellationToken cancellationToken)
    {
        if (command.IsWorkspaceAdmin is { } admin)
        {
            session.Actor.SetWorkspaceAdmin(admin);
        }

        var zone = command.TimeZoneId is null ? null : FollowUpSchedule.FindZone(command.TimeZoneId);
        if (zone is not null && zone.Id != session.Actor.TimeZoneId)
        {
            session.Actor.SetTimeZone(zone.Id);
            await rescheduler.RescheduleAsync(session.Workspace, session.Actor, cancellationToken);
        }

        return new Reply(string.Empty);
    }

    /// <summary>When the actor's summary comes, in their zone, or that this bot sends none.</summary>
    private string SummaryComes(Person person)
    {
        var window = schedule.Policy.DeliveryWindow;
        return summaryOptions.Value.Enabled
            ? $"On each of your working days, between {window.Start:HH\\:mm} and {window.End:HH\\:mm} {schedule.CalendarOf(person).Zone.Id}, one direct message lists what is waiting on you and what you are waiting on."
            : "This bot sends no morning summaries at the moment (its operator turned them off), so you will not get one until they are turned on again.";
    }
}
