using Coordination.Bot.Telemetry;
using Coordination.Bot.Trackers;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Data;

namespace Coordination.Bot.Engine.Requests;

/// <summary>
/// <c>ask</c>: records a request on the people named. Other features ask through it too: a work team's members, a
/// decision's next steps, a summary's action items, and a batch of asks that arrived together.
/// </summary>
public sealed class AskHandler(CoordinationDbContext db, PeopleDirectory directory, FollowUpSchedule schedule, CoordinationTelemetry telemetry, FollowUpForms forms, TrackerLinks links)
    : ICommandHandler<AskCommand>
{
    /// <summary>An ask written in a direct message with the bot is not recorded there: a form asks which channel to post it in.</summary>
    public Task<Reply> HandleAsync(Session session, AskCommand command, CancellationToken cancellationToken) => command.Context.InDirectMessage
        ? forms.ForDirectAskAsync(session, command, cancellationToken)
        : AskAsync(session, command, number: null, cancellationToken);

    /// <summary>Records an ask; <paramref name="number"/> is its key's number when a batch reserved one for it.</summary>
    public async Task<Reply> AskAsync(Session session, AskCommand ask, int? number, CancellationToken cancellationToken)
    {
        var named = await directory.PeopleAsync(session.Workspace, ask.Stakeholders, cancellationToken);
        var stakeholders = StandInsFor(named, session.Now).Where(p => p.Id != session.Actor.Id).DistinctBy(p => p.Id).ToList();
        if (stakeholders.Count == 0 || string.IsNullOrWhiteSpace(ask.Title))
        {
            return Reply.Failure("Usage: `/coord ask @person [@person …] <what you need> [by <date>] [escalate @lead]` (ask someone other than yourself).");
        }

        var target = ask.EscalateTo is null ? null : await directory.PersonAsync(session.Workspace, ask.EscalateTo, cancellationToken);
        var due = ask.Due?.Resolve(session.Now, schedule.CalendarOf(session.Actor).Zone);
        number ??= await db.TakeRequestNumbersAsync(session.Workspace.Id, 1, cancellationToken);
        var request = CoordinationRequest.Ask(session.Workspace, ask.Title, session.Actor, stakeholders, ask.Context.Where, session.Now, schedule, due, target, number, ask.Default);
        if (ask.NeedsMeeting)
        {
            request.MarkNeededMeeting(session.Actor);
        }

        if (ask.Source is { } source)
        {
            request.FollowsUpOn(source);
        }

        foreach (var away in stakeholders.Where(p => p.AwayUntil is { } until && until > session.Now))
        {
            request.HoldWhileAway(away, away.AwayUntil!.Value, null, session.Now, schedule);
        }

        db.Requests.Add(request);
        await links.LinkFromAskAsync(request, session.Actor, session.Now, cancellationToken);
        telemetry.RequestsRecorded(session.Workspace, 1);
        // The first windows open when the request's post arrives, normally within a second of this answer.
        var first = request.Stakeholders.Min(s => schedule.FollowUpAfterWindowFrom(s, s.WindowStartedAt));
        return new Reply($"Recorded {request.Key}: {request.Title}. First follow-up if nobody answers: {FollowUpMessages.Moment(first, session.Actor, schedule)}.");
    }

    /// <summary>
    /// One request per step, each on its owner, asked by the actor in <paramref name="where"/> (a decision's next steps,
    /// a summary's action items); their numbers are taken as one block.
    /// </summary>
    public async Task<List<CoordinationRequest>> AskEachAsync(Session session, ThreadRef where, List<NextStepSpec> steps, CancellationToken cancellationToken)
    {
        var owners = await directory.PeopleAsync(session.Workspace, steps.Select(s => s.Owner), cancellationToken);
        var number = await db.TakeRequestNumbersAsync(session.Workspace.Id, steps.Count, cancellationToken);
        var zone = schedule.CalendarOf(session.Actor).Zone;
        var requests = steps.Select((step, i) => CoordinationRequest.Ask(
            session.Workspace, step.Action.Trim(), session.Actor, [owners[i]], where, session.Now, schedule, step.Due?.Resolve(session.Now, zone), number: number + i)).ToList();
        db.Requests.AddRange(requests);
        telemetry.RequestsRecorded(session.Workspace, requests.Count);
        return requests;
    }

    /// <summary>For a new ask: who stands in for each stakeholder who is away with a delegate.</summary>
    private static IEnumerable<Person> StandInsFor(IEnumerable<Person> stakeholders, DateTimeOffset now) =>
        stakeholders.Select(p => p.IsAwayAt(now) && p.Delegate is { } stand ? stand : p);
}
