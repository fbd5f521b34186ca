using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Requests;
using Coordination.Core.Scheduling;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests.Scheduling;

public class MeetingRequestTests
{
    private static readonly DateTimeOffset Now = Utc(2026, 12, 7, 8);

    private static readonly SlotTime[] Times =
    [
        new(Utc(2026, 12, 8, 10), Utc(2026, 12, 8, 10, 30)),
        new(Utc(2026, 12, 9, 10), Utc(2026, 12, 9, 10, 30)),
        new(Utc(2026, 12, 10, 10), Utc(2026, 12, 10, 10, 30)),
    ];

    private readonly Team _team = new();

    private CoordinationRequest Meeting(params SlotTime[] times)
    {
        var schedule = Team.Plain();
        var request = CoordinationRequest.AskForMeeting(_team.Workspace, "Design review", _team.Alice, [_team.Bob, _team.Carol], Team.Thread, Now, schedule, 7, times.Length == 0 ? Times : times);
        return Team.PostDelivered(request, Now, schedule);
    }

    [Fact]
    public void The_post_offers_each_time_as_a_button_and_none_of_these()
    {
        var request = Meeting();

        var post = Assert.Single(request.PendingMessages).Message;
        Assert.Equal(["Tue 8 Dec 10:00–10:30 UTC", "Wed 9 Dec 10:00–10:30 UTC", "Thu 10 Dec 10:00–10:30 UTC", "None of these work…"], post.Buttons.Select(b => b.Label));
        Assert.Equal(["slot-1", "slot-2", "slot-3", MessageButton.Decline], post.Buttons.Select(b => b.Action));
        Assert.Contains("<!date^1796724000^{date_short_pretty} {time}|Tue 8 Dec 10:00>–<!date^1796725800^{time}|10:30 UTC>", post.Text, StringComparison.Ordinal);
        Assert.Contains("• Tue 8 Dec 10:00–10:30 UTC", post.PlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_pick_from_everyone_agrees_the_meeting_with_an_invite()
    {
        var request = Meeting();
        request.ClearPendingMessages();

        Assert.Equal(ChangeResult.Applied, request.Pick(_team.Bob, 1, Now.AddHours(1)));
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(ChangeResult.Applied, request.Pick(_team.Carol, 1, Now.AddHours(2)));

        Assert.Equal(RequestStatus.Resolved, request.Status);
        var agreed = Assert.Single(request.PendingMessages).Message;
        Assert.StartsWith("Agreed: Tue 8 Dec 10:00–10:30 UTC with @Bob and @Carol", agreed.PlainText(), StringComparison.Ordinal);
        var invite = Encoding.UTF8.GetString(agreed.File!.Content);
        Assert.Contains("BEGIN:VEVENT\r\n", invite, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261208T100000Z\r\nDTEND:20261208T103000Z\r\nSUMMARY:Design review\r\n", invite, StringComparison.Ordinal);
        Assert.Contains("ATTENDEE;CN=\"Carol\":urn:uuid:", invite, StringComparison.Ordinal);
        Assert.Contains(request.Attempts, a => a.Kind == AttemptKind.Response && a.Note == "picked Tue 8 Dec 10:00");
        Assert.Contains(request.Attempts, a => a.Kind == AttemptKind.Resolve && a.Note == "agreed: Tue 8 Dec 10:00–10:30 UTC");
    }

    [Fact]
    public void Different_picks_go_to_the_requester_to_choose()
    {
        var request = Meeting();
        request.Pick(_team.Bob, 1, Now.AddHours(1));
        request.ClearPendingMessages();
        request.Pick(_team.Carol, 2, Now.AddHours(2));

        var tally = Assert.Single(request.PendingMessages).Message;
        Assert.Equal(["choose-slot-1", "choose-slot-2"], tally.Buttons.Select(b => b.Action));
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(ChangeResult.NotAllowed, request.Choose(_team.Bob, 1, Now.AddHours(3)));
        Assert.Equal(ChangeResult.NotAllowed, request.Choose(_team.Alice, 3, Now.AddHours(3)));
        Assert.Equal(ChangeResult.Applied, request.Choose(_team.Alice, 2, Now.AddHours(3)));
        Assert.Equal(RequestStatus.Resolved, request.Status);
        Assert.Contains(request.Attempts, a => a.Kind == AttemptKind.Resolve && a.ActorId == _team.Alice.Id && a.Note == "agreed: Wed 9 Dec 10:00–10:30 UTC");
    }

    [Fact]
    public void A_pick_stops_the_clock_can_change_and_a_double_press_changes_nothing()
    {
        var request = Meeting();

        Assert.Equal(ChangeResult.Applied, request.Pick(_team.Bob, 1, Now.AddHours(1)));
        Assert.Equal(ChangeResult.Unchanged, request.Pick(_team.Bob, 1, Now.AddHours(1)));
        Assert.Equal(ChangeResult.Applied, request.Pick(_team.Bob, 3, Now.AddHours(2)));

        var bob = request.StakeholderFor(_team.Bob)!;
        Assert.Equal(StakeholderState.Responded, bob.State);
        Assert.Null(bob.NextActionAt);
        Assert.Equal(3, Assert.Single(request.MeetingPicks).SlotNumber);
        Assert.Equal(ChangeResult.NotAllowed, request.Pick(_team.Dan, 1, Now.AddHours(2)));
        Assert.Equal(ChangeResult.NotAllowed, request.Pick(_team.Carol, 9, Now.AddHours(2)));
    }

    [Fact]
    public void Proposing_again_withdraws_the_old_times_and_the_picks()
    {
        var request = Meeting();
        request.Pick(_team.Bob, 1, Now.AddHours(1));
        request.ClearPendingMessages();

        var again = request.ProposeAgain(_team.Alice, [new(Utc(2026, 12, 11, 10), Utc(2026, 12, 11, 10, 30))], Now.AddHours(2), Team.Plain());

        Assert.Equal(ChangeResult.Applied, again);
        Assert.Empty(request.MeetingPicks);
        Assert.Equal([4], request.CurrentSlots().Select(s => s.Number));
        Assert.Equal(["slot-4", MessageButton.Decline], Assert.Single(request.PendingMessages).Message.Buttons.Select(b => b.Action));
        Assert.Equal(ChangeResult.NotAllowed, request.Pick(_team.Bob, 1, Now.AddHours(3)));
        Assert.Equal(ChangeResult.NotAllowed, request.ProposeAgain(_team.Bob, Times, Now.AddHours(3), Team.Plain()));
    }
}
