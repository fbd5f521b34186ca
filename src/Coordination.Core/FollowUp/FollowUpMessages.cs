using System.Globalization;
using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.FollowUp;

/// <summary>The words the bot uses: gentle first, firmer later, always saying why and what comes next.</summary>
public static class FollowUpMessages
{
    public static string Ask(CoordinationRequest request, FollowUpSchedule schedule)
    {
        var due = request.DueAt is { } d ? $" (due {Day(d, request.Requester, schedule)})" : string.Empty;
        return $"{request.Key}: {request.Requester.Mention.Token} needs an answer from {Tokens(request.OpenStakeholders())}: *{request.Title}*{due}.\n"
            + $"Reply in this thread or use the buttons. No answer within {Duration(schedule.Policy.ResponseWindow)} brings a reminder.";
    }

    public static string Nudge(CoordinationRequest request, Stakeholder stakeholder, NudgeContext nudge)
    {
        var who = stakeholder.Person.Mention.Token;
        var asked = $"{request.Requester.Mention.Token} asked about *{request.Title}* ({request.Key})";
        var lead = nudge.EscalationTarget.Mention.Token;
        return nudge.Number < nudge.MaxAttempts
            ? $"Friendly reminder, {who}: {asked} and has had no answer from you for {Duration(nudge.Window)}. "
              + $"Attempt {nudge.Number} of {nudge.MaxAttempts}; next: another reminder on {nudge.NextDay}, then escalation to {lead}."
            : $"{who}, last reminder: {asked} and has had no answer after {nudge.Number - 1} attempts. "
              + $"Attempt {nudge.Number} of {nudge.MaxAttempts}; next: escalation to {lead} on {nudge.NextDay}. Reply here or press a button to stop the clock.";
    }

    public static string ProceedNotice(CoordinationRequest request, Stakeholder stakeholder, TimeSpan window) =>
        $"{request.Requester.Mention.Token}, no answer from {stakeholder.Person.Mention.Token} on {request.Key} within {Duration(window)}. "
        + "Per the 48-hour rule, proceed with your best judgment and note what you decided in this thread. "
        + "Silence is not agreement; I will keep following up." + DefaultOffer(request);

    public static string ProceededWithDefault(CoordinationRequest request, Person actor, IReadOnlyList<Person> silent, string decisionKey) =>
        $"{actor.Mention.Token} proceeded with the default on {request.Key}: *{request.DefaultAction}* ({decisionKey}). "
        + (silent.Count == 0 ? "Resolved." : $"{string.Join(", ", silent.Select(p => p.Mention.Token))}, that is the decision now; say so here if it must change.");

    private static string DefaultOffer(CoordinationRequest request) =>
        request.DefaultAction is null ? string.Empty : $" Your default was *{request.DefaultAction}*: press Proceed with the default to take it.";

    public static string EscalationDirect(CoordinationRequest request, Stakeholder stakeholder, Person target, int attempts, FollowUpSchedule schedule)
    {
        var intro = (target.Id == request.RequesterId, stakeholder.Person.LeadId == target.Id) switch
        {
            (true, true) => $"{target.Mention.Token}, escalation to you as {stakeholder.Person.Mention.Token}'s lead",
            (true, false) => $"{target.Mention.Token}, no lead is set for {stakeholder.Person.Mention.Token} or you, so this escalation comes back to you",
            _ => $"{target.Mention.Token}, escalation",
        };
        return $"{intro}: {stakeholder.Person.Mention.Token} has not answered {request.Key} *{request.Title}* from {request.Requester.Mention.Token} "
            + $"after {attempts} attempts since {Day(stakeholder.AskedAt, target, schedule)}. "
            + $"Can you unblock it, or help {request.Requester.Mention.Token} work around it? The thread is in {request.Channel}.";
    }

    public static string EscalationNote(CoordinationRequest request, Stakeholder stakeholder, Person target, int attempts) =>
        $"Escalated {request.Key} to {target.Mention.Token}: {attempts} attempts to reach {stakeholder.Person.Mention.Token} went unanswered. "
        + $"{request.Requester.Mention.Token}, proceed with your best judgment or work around the dependency; {stakeholder.Person.Mention.Token} can still answer here."
        + DefaultOffer(request);

    public static string EscalationInThread(CoordinationRequest request, Stakeholder stakeholder, Person target) =>
        $"{target.Mention.Token}, I could not reach you by direct message, so here it is: {stakeholder.Person.Mention.Token} has not answered "
        + $"{request.Key} *{request.Title}* from {request.Requester.Mention.Token} after {stakeholder.AttemptCount} attempts. Can you unblock it? "
        + "Add Coordination for yourself to get escalations privately.";

    public static string Declined(Stakeholder stakeholder, string reason) =>
        $"{stakeholder.Person.Mention.Token} declined: {reason}";

    public static string Done(Stakeholder stakeholder, string? note) =>
        $"{stakeholder.Person.Mention.Token} marked this done{(string.IsNullOrWhiteSpace(note) ? "." : ": " + note)}";

    public static string Redirected(Stakeholder from, Person to, string requestKey) =>
        $"{from.Person.Mention.Token} says this is not theirs; asking {to.Mention.Token} instead. {to.Mention.Token}, {requestKey} now waits on your answer.";

    /// <summary>The thread's word when an away stakeholder's delegate takes their part: "@Alice is away until Mon 14 Dec, so @Carol stands in for CR-3."</summary>
    public static string StandsIn(Stakeholder away, Person stand, string until, string requestKey) =>
        $"{away.Person.Mention.Token} is away until {until}, so {stand.Mention.Token} stands in for {requestKey}. {stand.Mention.Token}, {requestKey} now waits on your answer.";

    /// <summary>A return day as plain text in the away person's zone ("Mon 14 Dec"), for the paper trail.</summary>
    public static string AwayDay(DateTimeOffset until, Person person, FollowUpSchedule schedule) =>
        TimeZoneInfo.ConvertTime(until, schedule.CalendarOf(person).Zone).ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static string Closed(CoordinationRequest request, Person actor, bool cancelled, string? note) =>
        $"{request.Key} was {(cancelled ? "cancelled" : "resolved")} by {actor.Mention.Token}{(string.IsNullOrWhiteSpace(note) ? "." : ": " + note)}";

    public static string Undeliverable(CoordinationRequest request, string reason) =>
        $"{request.Requester.Mention.Token}, I could not post {request.Key} (*{request.Title}*) where you asked: {reason}. "
        + "I withdrew it, so nobody is chased for a request they never saw. Fix that and ask again.";

    /// <summary>A day as the reader sees it (a date token; its fallback is "Thursday" within the week ahead, else "Thu 3 Dec").</summary>
    public static string Day(DateTimeOffset instant, Person reader, FollowUpSchedule schedule, DateTimeOffset? now = null)
    {
        var zone = schedule.CalendarOf(reader).Zone;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var close = now is { } n && (instant - n) < TimeSpan.FromDays(6) && instant >= n;
        return ChatText.Date(instant, close ? "{date_long_pretty}" : "{date_short}", local.ToString(close ? "dddd" : "ddd d MMM", CultureInfo.InvariantCulture));
    }

    /// <summary>A moment as a date token whose fallback is in the reader's own zone: "Tue 1 Dec 09:00 Europe/London".</summary>
    public static string Moment(DateTimeOffset instant, Person reader, FollowUpSchedule schedule)
    {
        var zone = schedule.CalendarOf(reader).Zone;
        var fallback = TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id;
        return ChatText.Date(instant, "{date_short_pretty} {time}", fallback);
    }

    public static string Duration(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => Count(span.TotalSeconds, "second"),
        { TotalMinutes: var minutes } when minutes % 60 == 0 => Count(span.TotalHours, "hour"),
        _ => Count(span.TotalMinutes, "minute"),
    };

    private static string Count(double amount, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount:0} {unit}{(Math.Round(amount) == 1 ? string.Empty : "s")}");

    private static string Tokens(IEnumerable<Stakeholder> stakeholders) =>
        string.Join(", ", stakeholders.Select(s => s.Person.Mention.Token));
}
