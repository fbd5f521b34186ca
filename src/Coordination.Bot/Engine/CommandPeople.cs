using Coordination.Core.Commands;

namespace Coordination.Bot.Engine;

/// <summary>Everyone a command names: its sender and the people it mentions.</summary>
public static class CommandPeople
{
    public static IEnumerable<PersonRef> Named(ChatCommand command)
    {
        IEnumerable<PersonRef?> mentioned = command switch
        {
            AskCommand ask => [.. ask.Stakeholders, ask.EscalateTo],
            RedirectCommand redirect => [redirect.To, redirect.From],
            SnoozeCommand snooze => [snooze.Stakeholder],
            EscalateToCommand escalate => [escalate.Target],
            SetLeadCommand lead => [lead.Lead, lead.Person],
            DecideCommand decide => [.. decide.NextSteps.Select(s => s.Owner)],
            AddNextStepCommand next => [next.Step.Owner],
            DefineTeamCommand team => [.. team.Members],
            AwayCommand away => [away.Delegate, away.Person],
            BackCommand back => [back.Person],
            ScheduleCommand meeting => [.. meeting.People],
            _ => [],
        };
        return mentioned.OfType<PersonRef>().Prepend(command.Context.Actor).DistinctBy(p => p.PlatformUserId);
    }
}
