using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;
using Coordination.Core.Satisfaction;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Satisfaction;

/// <summary>
/// After a command resolves a request, asks its requester once, by direct message, how it went (👍 / 👎 and an
/// optional note): at most one question per person per day, so a second request resolving that day asks nothing.
/// The question is queued in the outbox with the change that caused it.
/// </summary>
public sealed class SatisfactionSurvey(CoordinationDbContext db, FollowUpSchedule schedule)
{
    public async Task AskAfterResolvedAsync(Session session, CancellationToken cancellationToken)
    {
        var resolved = db.ChangeTracker.Entries<CoordinationRequest>()
            .Where(e => e.State == EntityState.Modified
                && e.Entity.Status == RequestStatus.Resolved
                && e.Property(r => r.Status).OriginalValue != RequestStatus.Resolved)
            .Select(e => e.Entity)
            .ToList();
        foreach (var request in resolved)
        {
            await AskAsync(session, request, cancellationToken);
        }
    }

    private async Task AskAsync(Session session, CoordinationRequest request, CancellationToken cancellationToken)
    {
        var requester = request.Requester ?? await db.People.SingleAsync(p => p.Id == request.RequesterId, cancellationToken);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(session.Now, schedule.CalendarOf(requester).Zone).DateTime);
        if (db.SatisfactionQuestions.Local.Any(q => (q.PersonId == requester.Id && q.Day == day) || q.RequestId == request.Id)
            || await db.SatisfactionQuestions.AnyAsync(q => (q.PersonId == requester.Id && q.Day == day) || q.RequestId == request.Id, cancellationToken))
        {
            return;
        }

        var question = SatisfactionQuestion.Ask(request, day, session.Now);
        db.SatisfactionQuestions.Add(question);
        var message = new OutgoingMessage(
            session.Workspace.Platform,
            session.Workspace.ExternalId,
            MessageDestination.DirectTo(requester.PlatformUserId),
            SatisfactionText.Question(request),
            [],
            MessageButton.ForSatisfaction(question.Id));
        db.QueueMessage(message, $"satisfaction:{question.Id}", session.Now);
    }
}
