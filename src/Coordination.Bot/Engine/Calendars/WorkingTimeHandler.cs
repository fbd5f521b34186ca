using System.Globalization;
using Coordination.Bot.Engine.People;
using Coordination.Core.Commands;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.Calendars;

/// <summary>
/// <c>hours</c> and <c>holiday</c> / <c>holidays</c>: the days and hours someone works and their days off. Someone
/// else's hours take their consent (only they, their lead or a workspace admin), and they are told.
/// </summary>
public sealed class WorkingTimeHandler(PeopleDirectory directory, Consent consent, DirectMessages messages, FollowUpRescheduler rescheduler, FollowUpSchedule schedule)
    : ICommandHandler<WorkingHoursCommand>,
      ICommandHandler<ShowWorkingHoursCommand>,
      ICommandHandler<HolidayCommand>,
      ICommandHandler<ListHolidaysCommand>
{
    /// <summary>How far ahead <c>holidays</c> lists.</summary>
    private const int ListDays = 400;

    public async Task<Reply> HandleAsync(Session session, WorkingHoursCommand command, CancellationToken cancellationToken)
    {
        var person = command.Person is null ? session.Actor : await directory.PersonAsync(session.Workspace, command.Person, cancellationToken);
        if (consent.Refused(session, person, $"set {person.DisplayName}'s working hours") is { } refused)
        {
            return refused;
        }

        person.SetWorkingHours(command.Days, command.Hours);
        await rescheduler.RescheduleAsync(session.Workspace, person, cancellationToken);
        var spec = WorkingHoursSpec.Describe(command.Days, command.Hours);
        var morning = Morning(person);
        if (person.Id != session.Actor.Id)
        {
            messages.Tell(session, person, $"{session.Actor.Mention.Token} set your working hours to {spec}; nudges reach you {morning}. `/coord hours` shows them.", [session.Actor], "hours-set");
            return new Reply($"{person.DisplayName}'s working hours are now {spec}; I told them by direct message.");
        }

        return new Reply($"Your working hours are now {spec} ({schedule.CalendarOf(person).Zone.Id}). Only these days count toward your 48 hours, and nudges reach you {morning}.");
    }

    public Task<Reply> HandleAsync(Session session, ShowWorkingHoursCommand command, CancellationToken cancellationToken)
    {
        var calendar = schedule.CalendarOf(session.Actor);
        var spec = WorkingHoursSpec.Describe(calendar.WorkingDays, calendar.Hours);
        var set = session.Actor.Hours is null ? " (the default; set yours with " + WorkingHoursSpec.Examples + ")" : string.Empty;
        return Task.FromResult(new Reply($"You work {spec} {calendar.Zone.Id}{set}. Nudges reach you {Morning(session.Actor)}. {Upcoming(session, 3)}"));
    }

    public async Task<Reply> HandleAsync(Session session, HolidayCommand command, CancellationToken cancellationToken)
    {
        var actor = session.Actor;
        var days = PersonHolidays.Read(actor.HolidayDates).ToHashSet();
        var range = Enumerable.Range(0, command.To.DayNumber - command.From.DayNumber + 1).Select(command.From.AddDays).ToList();
        var today = Today(session);
        if (!command.Remove && command.To < today)
        {
            return Reply.Failure("That day has passed: name a coming day, like `/coord holiday 2026-12-24`.");
        }

        if (command.Remove)
        {
            days.ExceptWith(range);
        }
        else
        {
            days.UnionWith(range);
        }

        days.RemoveWhere(d => d < today);
        if (days.Count > PersonHolidays.MaxDays)
        {
            return Reply.Failure($"You can keep at most {PersonHolidays.MaxDays} coming holidays; remove some with `/coord holiday remove <date>`.");
        }

        actor.SetHolidayDates(days);
        await rescheduler.RescheduleAsync(session.Workspace, actor, cancellationToken);
        var what = range.Count == 1 ? Day(range[0]) : $"{Day(range[0])} to {Day(range[^1])}";
        return new Reply(command.Remove
            ? $"{what} {(range.Count == 1 ? "is" : "are")} no longer a holiday for you."
            : $"{what} {(range.Count == 1 ? "is" : "are")} a holiday for you: your windows skip {(range.Count == 1 ? "it" : "them")} like a weekend. `/coord holidays` lists them.");
    }

    public Task<Reply> HandleAsync(Session session, ListHolidaysCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply(Upcoming(session, 30)));

    private string Upcoming(Session session, int max)
    {
        var calendar = schedule.CalendarOf(session.Actor);
        var today = Today(session);
        var last = today.AddDays(ListDays);
        var own = calendar.Holidays.Personal.Where(d => d >= today && d <= last).Select(d => (Day: d, Whose: "yours"));
        var shared = calendar.Holidays.Workspace.Where(d => d >= today && d <= last).Select(d => (Day: d, Whose: "the workspace's"));
        var coming = own.Concat(shared).OrderBy(h => h.Day).ToList();
        if (coming.Count == 0)
        {
            return "No coming holidays: add one with `/coord holiday 2026-12-24` (or a range, `2026-12-24..2026-12-31`).";
        }

        var listed = string.Join(", ", coming.Take(max).Select(h => $"{Day(h.Day)} ({h.Whose})"));
        return $"Coming holidays: {listed}{(coming.Count > max ? $", and {coming.Count - max} more" : string.Empty)}.";
    }

    private string Morning(Person person)
    {
        var calendar = schedule.CalendarOf(person);
        var (start, end) = calendar.DeliveryWindowOf(schedule.Policy.DeliveryWindow);
        return string.Create(CultureInfo.InvariantCulture, $"between {start:HH\\:mm} and {end:HH\\:mm} on your working days");
    }

    private DateOnly Today(Session session) => DateOnly.FromDateTime(schedule.CalendarOf(session.Actor).ToLocal(session.Now));

    private static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
