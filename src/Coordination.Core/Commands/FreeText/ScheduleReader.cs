namespace Coordination.Core.Commands;

/// <summary>"find 30 minutes with @bob and @carol this week", "let's find an hour with @bob tomorrow": a meeting request.</summary>
internal sealed class ScheduleReader : IIntentReader
{
    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        var at = s.Match(s.From, Phrases.FindTime);
        if (at < 0 || at >= s.To || !CommandParser.StartsWithLength(s.Raw(at, s.To)))
        {
            return null;
        }

        return CommandParser.Meeting(s.Raw(at, s.To), s.Context);
    }
}
