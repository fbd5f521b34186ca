using System.Globalization;
using Coordination.Bot.Digests;
using Coordination.Bot.Engine;
using Coordination.Core.Chat;
using Coordination.Core.Digests;
using Coordination.Core.FollowUp;
using Coordination.Core.Home;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Home;

/// <summary>
/// Builds a person's Home from queries scoped to their workspace and to them: another workspace's requests, and other
/// people's figures, never reach it.
/// </summary>
public sealed class HomeBuilder(CoordinationDbContext db, FollowUpSchedule schedule)
{
    /// <summary>The Home of the person <paramref name="userId"/> in the workspace <paramref name="workspaceId"/> (the platform's ids); an empty one for someone not met yet.</summary>
    public async Task<HomeView> ForAsync(ChatPlatform platform, string workspaceId, string userId, string? name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Delegate)
            .Where(p => p.PlatformUserId == userId && db.Workspaces.Any(w => w.Id == p.WorkspaceId && w.Platform == platform && w.ExternalId == workspaceId))
            .SingleOrDefaultAsync(cancellationToken);
        return person is null
            ? HomeView.Empty(new Mention(userId, name ?? userId), Settings(null, now))
            : await ForAsync(person, now, cancellationToken);
    }

    public async Task<HomeView> ForAsync(Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var waiting = (await db.WaitingOnAsync([person.Id], cancellationToken))[person.Id].OrderBy(w => w.AskedAt).ThenBy(w => w.Number).ToList();
        var asked = (await db.AskedByAsync([person.Id], cancellationToken))[person.Id].OrderBy(w => w.AskedAt).ThenBy(w => w.Number).ToList();
        var figures = await new PersonStats(db, schedule.Policy.ResponseWindow).ComputeAsync(person.Id, now, cancellationToken);
        return new HomeView(
            person.Mention,
            HomeList.Of(waiting),
            HomeList.Of(asked),
            HomeList.Of(await NextStepsAsync(person, cancellationToken)),
            PersonStatsText.Compose(null, figures, schedule.CalendarOf(person).Zone),
            Settings(person, now));
    }

    /// <summary>The open next steps of decisions that wait on <paramref name="person"/>, oldest decision first.</summary>
    private async Task<List<HomeNextStep>> NextStepsAsync(Person person, CancellationToken cancellationToken)
    {
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.WorkspaceId == person.WorkspaceId && r.DecisionId != null && r.Status == RequestStatus.Open
                && r.Stakeholders.Any(s => s.PersonId == person.Id && s.State != StakeholderState.Redirected && s.State != StakeholderState.Done && s.State != StakeholderState.Declined))
            .Join(db.Decisions, r => r.DecisionId, d => (Guid?)d.Id, (r, d) => new { DecisionNumber = d.Number, d.Text, d.DecidedAt, r.Number, r.Title })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DecidedAt).ThenBy(r => r.Number)
            .Select(r => new HomeNextStep(Core.Decisions.Decision.Format(r.DecisionNumber), r.Text, RequestKey.Format(r.Number), r.Title))];
    }

    private HomeSettings Settings(Person? person, DateTimeOffset now)
    {
        var zone = person is null ? FollowUpSchedule.FindZone(schedule.Policy.DefaultTimeZone) ?? TimeZoneInfo.Utc : schedule.CalendarOf(person).Zone;
        var away = person?.AwayUntil is { } until && until > now ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, zone).DateTime) : (DateOnly?)null;
        var calendar = person is null ? null : schedule.CalendarOf(person);
        var (start, end) = calendar is null ? PersonCalendar.WorkingHours : (calendar.Hours.Start, calendar.Hours.End);
        var window = schedule.Policy.DeliveryWindow;
        var (opens, closes) = calendar?.DeliveryWindowOf(window) ?? (window.Start, window.End);
        var working = string.Create(CultureInfo.InvariantCulture, $"{start:HH\\:mm}–{end:HH\\:mm} on your working days");
        var nudges = window.Enabled ? string.Create(CultureInfo.InvariantCulture, $"; nudges reach you {opens:HH\\:mm}–{closes:HH\\:mm}") : string.Empty;
        return new HomeSettings(
            person?.WorkingDays ?? WorkingDays.Weekdays,
            zone.Id,
            away,
            away is null ? null : person!.Delegate?.Mention,
            person is null || !person.MorningSummaryOff,
            working + nudges);
    }
}
