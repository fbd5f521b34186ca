using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Asks that start with a verb from <see cref="Phrases.CoordinateVerbs"/>: "coordinate &lt;what&gt; with &lt;team or
/// people&gt; [by &lt;when&gt;]", or "coordinate with &lt;…&gt; on &lt;what&gt;".
/// </summary>
internal sealed class CoordinateReader : IIntentReader
{
    private const string Form = "`coordinate <what> with <team> by <date>` or `coordinate <what> with @dana @lee`";

    public ChatCommand? TryRead(Sentence sentence)
    {
        var s = sentence;
        var at = s.Match(s.From, Phrases.CoordinateVerbs);
        if (at < 0)
        {
            return null;
        }

        var tail = AskEnding.Read(s, at, s.To, bareIsDue: false);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        if (s.Is(at, "with"))
        {
            return WithFirst(s, at, tail);
        }

        for (var with = tail.UnreadAt - 1; with > at; with--)
        {
            if (s.Is(with, "with"))
            {
                var target = Target(s, with + 1, tail.UnreadAt);
                var start = s.Is(at, Phrases.Connectors) ? at + 1 : at;
                return target.Problem ?? ToAsk(s, target, s.Slice(start, Math.Max(start, with)), tail);
            }
        }

        return s.Is(s.From, "coordinate", "co-ordinate")
            ? s.Help("ask", $"Coordinate with whom? Did you mean {Form}?")
            : null;
    }

    /// <summary>"coordinate with &lt;team or people&gt; on &lt;what&gt;".</summary>
    private static ChatCommand WithFirst(Sentence s, int at, AskEnding tail)
    {
        var (people, next) = s.LeadingPeople(at + 1);
        var end = people.Count > 0 ? next : Enumerable.Range(at + 1, Math.Max(0, tail.End - at - 1)).FirstOrDefault(i => s.Is(i, Phrases.Connectors), tail.End);
        var start = s.Is(end, Phrases.Connectors) ? end + 1 : end;
        var target = Target(s, at + 1, end);
        return target.Problem ?? ToAsk(s, target, s.Slice(start, Math.Max(start, tail.End)), tail);
    }

    /// <summary>The words <paramref name="from"/>..<paramref name="to"/> as people (all mentions) or one team's name.</summary>
    private static Coordinated Target(Sentence s, int from, int to)
    {
        var (people, next) = s.LeadingPeople(from);
        if (people.Count > 0 && next >= to)
        {
            return new(people, null);
        }

        var words = Enumerable.Range(from, Math.Max(0, to - from)).ToList();
        if (people.Count > 0 || words.Any(i => IsPerson(s[i])))
        {
            return new([], null, s.Help("ask", "Coordinate with a team or with people, not both: `coordinate <what> with backend`, or `coordinate <what> with @dana @lee`."));
        }

        var plain = words.Where(i => IsPlainName(s[i])).ToList();
        return plain.Count > 1 ? new([], null, s.Help("ask", PlainName(s[plain[0]]))) : Team(s, words);
    }

    /// <summary>The words as one team's name, without "the" before it or "team" after it.</summary>
    private static Coordinated Team(Sentence s, List<int> words)
    {
        words = [.. words.SkipWhile(i => s.Is(i, Phrases.TeamArticles))];
        while (words.Count > 1 && s.Is(words[^1], Phrases.TeamWords))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count == 1 && s.Is(words[0], Phrases.NotATeam))
        {
            return new([], null, s.Help("team", "Which team, or who? Name a team (`coordinate <what> with backend`; `team backend @dana @lee` defines one), or mention people."));
        }

        if (words.Count > 1)
        {
            return new([], null, s.Help("team", $"A team's name is one word, so I can't tell which team {Quote(s.Raw(words[0], words[^1] + 1))} is. Did you mean `coordinate <what> with {s.W(words[0]).Trim('@')}`?"));
        }

        return TryTeamName(s[words[0]].TrimEnd(',', ';', ':'), out var name)
            ? new([], name)
            : new([], null, s.Help("team", $"{Quote(s[words[0]])} isn't a team name: a team's name is one word, like `backend` or `platform-infra`."));
    }

    private static ChatCommand ToAsk(Sentence s, Coordinated target, string title, AskEnding tail)
    {
        if (target.Team is not { } team)
        {
            return Asks.Finish(s, target.People, title, tail, AskKind.Coordinate);
        }

        if (tail.EscalateTo is not null || tail.Default is not null)
        {
            return s.Help("ask", $"A team ask takes a date only; for an escalation or a default, ask people: `ask @dana @lee {(title.Length > 0 ? title : "<what>")} escalate @morgan`.");
        }

        var ask = new AskTeamCommand(s.Context, title, team, tail.Due);
        var due = tail.Due is null ? string.Empty : $", due {tail.DueText}";
        return title.Length switch
        {
            0 => new ConfirmCommand(s.Context, ask with { Title = "coordinate" }, $"I'd ask everyone in {team}: “coordinate”{due}. You didn't say what about: press Edit to add it."),
            > CommandParser.MaxTitleLength => s.Help("ask", $"That request is too long ({title.Length} characters): keep it under {CommandParser.MaxTitleLength}."),
            _ when Asks.IsVague(title) =>
                new ConfirmCommand(s.Context, ask, $"I'd ask everyone in {team}: “{title}”{due}. I can't tell what “{title}” is: press Edit to say what you need."),
            _ when tail.Unread is { } unread =>
                new ConfirmCommand(s.Context, ask, $"I'd ask everyone in {team}: “{title}”, with no due date: I can't read “{unread}” as a date. Press Edit to write it like `Dec 3` or `Friday 5pm`."),
            _ when tail.Bare =>
                new ConfirmCommand(s.Context, ask, $"I'd ask everyone in {team}: “{title}”, due {tail.DueText}. I took “{tail.DueText}” as the due date: if it is part of the request, press Edit."),
            _ => ask,
        };
    }

    /// <summary>Who a coordination goes to: people, or a team's name, or why neither could be read.</summary>
    private sealed record Coordinated(List<PersonRef> People, string? Team, HelpCommand? Problem = null);
}
