using System.Globalization;
using Coordination.Core.Chat;
using Coordination.Core.FollowUp;
using Coordination.Core.Requests;

namespace Coordination.Core.Scheduling;

/// <summary>The wording and buttons of a meeting request: the proposed times, the tally, the agreement.</summary>
public static class MeetingText
{
    /// <summary>A stakeholder's press of a proposed time: <c>slot-4</c> (the slot's number within its request).</summary>
    public const string PickPrefix = "slot-";

    /// <summary>The requester's press of one of the picked times when picks differ: <c>choose-slot-4</c>.</summary>
    public const string ChoosePrefix = "choose-slot-";

    /// <summary>The slot number a press names, when <paramref name="action"/> starts with <paramref name="prefix"/>.</summary>
    public static int? SlotOf(string? action, string prefix) =>
        action is not null && action.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(action.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    /// <summary>"30 minutes", "1 hour", "1 hour 30 minutes".</summary>
    public static string Length(TimeSpan length) => (length.Hours, length.Minutes) switch
    {
        (0, var m) => $"{m} minutes",
        (var h, 0) => h == 1 ? "1 hour" : $"{h} hours",
        (var h, var m) => $"{(h == 1 ? "1 hour" : $"{h} hours")} {m} minutes",
    };

    /// <summary>A slot as each Slack reader sees it in their own zone; elsewhere the UTC label.</summary>
    public static string When(MeetingSlot slot) =>
        ChatText.Date(slot.Start, "{date_short_pretty} {time}", slot.Start.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture))
        + "–" + ChatText.Date(slot.End, "{time}", slot.End.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC");

    public static string Proposal(CoordinationRequest request, IReadOnlyList<MeetingSlot> slots, FollowUpSchedule schedule, bool again = false)
    {
        var length = Length(slots[0].Length);
        var opening = again
            ? $"{request.Key}: new times for *{request.Title}* ({length}), {People(request)}:"
            : $"{request.Key}: {request.Requester.Mention.Token} needs {length} with {People(request)}: *{request.Title}*. Pick a time that works for you:";
        return opening + "\n" + string.Join('\n', slots.Select(s => "• " + When(s)))
            + $"\nNothing is booked until everyone has picked. No answer within {FollowUpMessages.Duration(schedule.Policy.ResponseWindow)} brings a reminder.";
    }

    public static IReadOnlyList<MessageButton> ProposalButtons(string requestKey, IEnumerable<MeetingSlot> slots) =>
        [.. slots.Select(s => new MessageButton(PickPrefix + s.Number.ToString(CultureInfo.InvariantCulture), s.Label, requestKey)), new(MessageButton.Decline, "None of these work…", requestKey)];

    public static string Tally(CoordinationRequest request, IReadOnlyList<(MeetingSlot Slot, IReadOnlyList<Person> People)> tally) =>
        $"Everyone has picked on {request.Key}, but not the same time:\n"
        + string.Join('\n', tally.Select(t => $"• {When(t.Slot)}: {Listing.And([.. t.People.OrderBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => p.Mention.Token)])}"))
        + $"\n{request.Requester.Mention.Token}, choose one (or `/coord schedule {request.Key} again` for new times).";

    public static IReadOnlyList<MessageButton> ChoiceButtons(string requestKey, IEnumerable<MeetingSlot> slots) =>
        [.. slots.Select(s => new MessageButton(ChoosePrefix + s.Number.ToString(CultureInfo.InvariantCulture), $"Choose {s.StartLabel}", requestKey))];

    /// <summary>"No 30-minute slot fits everyone's working hours this week; try next week."</summary>
    public static string NothingFits(TimeSpan length, MeetingRange range) =>
        $"No {length.TotalMinutes:0}-minute slot fits everyone's working hours {range.Phrase}; try {range.Wider}.";

    public static string Agreed(CoordinationRequest request, MeetingSlot slot) =>
        $"Agreed: {When(slot)} with {People(request)} ({request.Key}: *{request.Title}*). The invite is attached.";

    private static string People(CoordinationRequest request) =>
        Listing.And([.. request.OpenStakeholders().Select(s => s.Person).OrderBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => p.Mention.Token)]);
}
