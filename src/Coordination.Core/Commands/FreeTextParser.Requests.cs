using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>Phrasings that become asks: follow up, coordinate, remind.</summary>
public static partial class FreeTextParser
{
    private static readonly string[] FollowUpWith =
    [
        "follow up with", "follow-up with", "followup with", "follow up w/", "check in with", "check with", "touch base with",
        "circle back with", "chase up", "chase", "ping", "nudge", "poke", "ask", "get", "have",
    ];

    /// <summary>The same, naming the subject before the people ("follow up on the spec with @a").</summary>
    private static readonly string[] FollowUpOn =
    [
        "follow up on", "follow up about", "follow up regarding", "follow-up on", "follow-up about", "followup on",
        "check in on", "check in about", "chase up",
    ];

    private static readonly string[] CoordinateVerbs =
    [
        "coordinate", "co-ordinate", "organise", "organize", "arrange", "schedule", "set up", "setup", "sync up", "sync", "align", "plan",
    ];

    /// <summary>Words that join the people to the subject: "with @a on …", "remind @a to …".</summary>
    private static readonly string[] Connectors =
        ["on", "about", "regarding", "re", "re:", "concerning", "for", "to", "that", "wrt", "of", "over", "around", ":", "-", "–", "—"];

    private static readonly string[] Vague =
    [
        "it", "this", "that", "this one", "that one", "the thing", "this thing", "that thing", "things", "stuff", "the stuff",
        "something", "them", "everything", "all that", "it all",
    ];

    private static readonly string[] TeamWords = ["team", "teams", "squad", "folks", "people", "crew", "group", "guys", "devs", "engineers"];

    private static readonly string[] NotATeam =
        ["me", "us", "you", "him", "her", "them", "everyone", "everybody", "anyone", "someone", "somebody", "people", "all", "team", "it"];

    private enum Kind
    {
        FollowUp,
        Remind,
        Coordinate,
    }

    /// <summary>"follow up with @a and @b on &lt;what&gt; by &lt;when&gt;", "ask @a to …", "ping @a about …", "follow up on &lt;what&gt; with @a".</summary>
    private static ChatCommand? Request(Sentence s)
    {
        var on = s.Match(s.From, FollowUpOn);
        if (on >= 0 && !IsPerson(s[Math.Min(on, s.To - 1)]))
        {
            return FollowUpOnWith(s, on);
        }

        var at = s.Match(s.From, FollowUpWith);
        if (at < 0)
        {
            return null;
        }

        var explicitWith = s.W(at - 1) is "with" or "w/" || s.Is(s.From, "ask");
        var (people, next) = s.LeadingPeople(at);
        if (people.Count == 0)
        {
            if (at < s.To && IsPlainName(s[at]))
            {
                return Help(s, "ask", $"{PlainName(s[at])} Then: `ask {s[at]} <what> by <date>`.");
            }

            if (!explicitWith)
            {
                return null;
            }

            var named = Enumerable.Range(at, s.To - at).FirstOrDefault(i => s.Is(i, Connectors), s.To);
            return Help(s, "ask", at >= s.To
                ? $"Who should I follow up with, and about what? Did you mean {AskForm}?"
                : Enumerable.Range(at, named - at).Any(i => s.Is(i, TeamWords))
                    ? $"To ask a whole team, write `coordinate <what> with backend` (`team backend @dana @lee` defines it). Or did you mean {AskForm}?"
                    : $"I couldn't tell who {Quote(s.Raw(at, Math.Max(at + 1, Math.Min(named, at + 3))))} is: mention people with @ so their names turn blue. Did you mean {AskForm}?");
        }

        return Ask(s, people, next, Kind.FollowUp);
    }

    private static ChatCommand FollowUpOnWith(Sentence s, int from)
    {
        var tail = Tail(s, from, s.To, bareIsDue: false);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        for (var with = tail.End - 2; with > from; with--)
        {
            if (s.Is(with, "with") && s.LeadingPeople(with + 1) is { People.Count: > 0 } found && found.Next == tail.End)
            {
                return Finish(s, found.People, s.Slice(from, with), tail, Kind.FollowUp);
            }
        }

        var plain = Enumerable.Range(from, tail.End - from).FirstOrDefault(i => IsPlainName(s[i]), -1);
        return Help(s, "ask", plain >= 0
            ? $"{PlainName(s[plain])} Then: `ask {s[plain]} <what> by <date>`."
            : $"Who should I follow up with? Name them with @, like `follow up on the spec with @dana by Friday`, or {AskForm}.");
    }

    /// <summary>The rest of an ask once its people are known: optional date, a connector, the subject, the tail.</summary>
    private static ChatCommand Ask(Sentence s, List<PersonRef> people, int next, Kind kind)
    {
        if (next < s.To && IsPlainName(s[next]) || s.Is(next, "and", "&") && next + 1 < s.To && IsPlainName(s[next + 1]))
        {
            var name = IsPlainName(s[next]) ? s[next] : s[next + 1];
            return Help(s, "ask", $"{PlainName(name)} Then: `ask {Display(people[0])} {name} <what> by <date>`.");
        }

        if (s.Is(next, "and", "&") && next + 1 < s.To && !IsPerson(s[next + 1]) && (next + 2 >= s.To || s.Is(next + 2, Connectors)))
        {
            return Help(s, "ask", $"I couldn't tell who {Quote(s[next + 1])} is: mention people with @ so their names turn blue, like `follow up with {Display(people[0])} and @dana on <what> by <date>`.");
        }

        // A date straight after the people: "remind @a tomorrow about …", "follow up with @a by Friday on …".
        DueDate? early = null;
        string? earlyText = null;
        var by = s.Is(next, "by", "before") || kind == Kind.Remind && s.Is(next, "on", "at") ? next + 1 : kind == Kind.Remind ? next : -1;

        if (by >= 0 && LeadingDate(s, by, s.To, end => end < s.To && s.Is(end, Connectors)) is { } lead)
        {
            (early, earlyText, next) = (lead.Due, s.Raw(by, lead.End), lead.End);
        }

        var tail = Tail(s, next, s.To, bareIsDue: kind == Kind.Remind);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        if (early is not null)
        {
            tail = tail.Due is null ? tail with { Due = early, DueText = earlyText, Bare = false } : tail;
        }

        var start = s.Is(next, Connectors) ? next + 1 : next;
        return Finish(s, people, s.Slice(start, Math.Max(start, tail.End)), tail, kind);
    }

    /// <summary>An ask with its subject, or a confirmation when the subject or the date is unclear.</summary>
    private static ChatCommand Finish(Sentence s, List<PersonRef> people, string title, AskTail tail, Kind kind)
    {
        var ask = new AskCommand(s.Context, title, people, tail.Due, tail.EscalateTo, tail.Default);
        var who = Names(people);
        var due = tail.Due is null ? string.Empty : $", due {tail.DueText}";
        if (title.Length > CommandParser.MaxTitleLength)
        {
            return Help(s, "ask", $"That request is too long ({title.Length} characters): keep it under {CommandParser.MaxTitleLength} and put details in the thread.");
        }

        if (title.Length == 0)
        {
            var guess = kind switch
            {
                Kind.Remind => "a reminder",
                Kind.Coordinate => "coordinate",
                _ => "follow up",
            };
            return new ConfirmCommand(s.Context, ask with { Title = guess }, $"I'd ask {who}: “{guess}”{due}. You didn't say what about: press Edit to add it.");
        }

        if (Vague.Contains(title.ToLowerInvariant(), StringComparer.Ordinal))
        {
            return new ConfirmCommand(s.Context, ask, $"I'd ask {who}: “{title}”{due}. I can't tell what “{title}” is: press Edit to say what you need.");
        }

        return tail switch
        {
            { Bare: true } => new ConfirmCommand(s.Context, ask, $"I'd ask {who}: “{title}”, due {tail.DueText}. I took “{tail.DueText}” as the due date: if it is part of the request, press Edit."),
            { Unread: { } unread } => new ConfirmCommand(s.Context, ask, $"I'd ask {who}: “{title}”, with no due date: I can't read “{unread}” as a date. Press Edit to write it like `Dec 3` or `Friday 5pm`."),
            _ => ask,
        };
    }

    /// <summary>"coordinate &lt;what&gt; with &lt;team or people&gt; [by &lt;when&gt;]", or "coordinate with &lt;…&gt; on &lt;what&gt;".</summary>
    private static ChatCommand? Coordinate(Sentence s)
    {
        var at = s.Match(s.From, CoordinateVerbs);
        if (at < 0)
        {
            return null;
        }

        const string Form = "`coordinate <what> with <team> by <date>` or `coordinate <what> with @dana @lee`";
        var tail = Tail(s, at, s.To, bareIsDue: false);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        if (s.Is(at, "with"))
        {
            var (people, next) = s.LeadingPeople(at + 1);
            var end = people.Count > 0 ? next : Enumerable.Range(at + 1, Math.Max(0, tail.End - at - 1)).FirstOrDefault(i => s.Is(i, Connectors), tail.End);
            var start = s.Is(end, Connectors) ? end + 1 : end;
            var target = Target(s, at + 1, end);
            return target.Problem ?? ToAsk(s, target, s.Slice(start, Math.Max(start, tail.End)), tail);
        }

        for (var with = tail.UnreadAt - 1; with > at; with--)
        {
            if (s.Is(with, "with"))
            {
                var target = Target(s, with + 1, tail.UnreadAt);
                var start = s.Is(at, Connectors) ? at + 1 : at;
                return target.Problem ?? ToAsk(s, target, s.Slice(start, Math.Max(start, with)), tail);
            }
        }

        return s.Is(s.From, "coordinate", "co-ordinate")
            ? Help(s, "ask", $"Coordinate with whom? Did you mean {Form}?")
            : null;
    }

    private sealed record Coordinated(List<PersonRef> People, string? Team, HelpCommand? Problem = null);

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
            return new([], null, Help(s, "ask", "Coordinate with a team or with people, not both: `coordinate <what> with backend`, or `coordinate <what> with @dana @lee`."));
        }

        var plain = words.Where(i => IsPlainName(s[i])).ToList();
        if (plain.Count > 1)
        {
            return new([], null, Help(s, "ask", PlainName(s[plain[0]])));
        }

        words = [.. words.SkipWhile(i => s.Is(i, "the", "our", "my", "a"))];
        while (words.Count > 1 && s.Is(words[^1], TeamWords))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count == 1 && s.Is(words[0], NotATeam))
        {
            return new([], null, Help(s, "team", "Which team, or who? Name a team (`coordinate <what> with backend`; `team backend @dana @lee` defines one), or mention people."));
        }

        if (words.Count > 1)
        {
            return new([], null, Help(s, "team", $"A team's name is one word, so I can't tell which team {Quote(s.Raw(words[0], words[^1] + 1))} is. Did you mean `coordinate <what> with {s.W(words[0]).Trim('@')}`?"));
        }

        return TryTeamName(s[words[0]].TrimEnd(',', ';', ':'), out var name)
            ? new([], name)
            : new([], null, Help(s, "team", $"{Quote(s[words[0]])} isn't a team name: a team's name is one word, like `backend` or `platform-infra`."));
    }

    private static ChatCommand ToAsk(Sentence s, Coordinated target, string title, AskTail tail)
    {
        if (target.Team is not { } team)
        {
            return Finish(s, target.People, title, tail, Kind.Coordinate);
        }

        if (tail.EscalateTo is not null || tail.Default is not null)
        {
            return Help(s, "ask", $"A team ask takes a date only; for an escalation or a default, ask people: `ask @dana @lee {(title.Length > 0 ? title : "<what>")} escalate @morgan`.");
        }

        var ask = new AskTeamCommand(s.Context, title, team, tail.Due);
        var due = tail.Due is null ? string.Empty : $", due {tail.DueText}";
        return title.Length switch
        {
            0 => new ConfirmCommand(s.Context, ask with { Title = "coordinate" }, $"I'd ask everyone in {team}: “coordinate”{due}. You didn't say what about: press Edit to add it."),
            > CommandParser.MaxTitleLength => Help(s, "ask", $"That request is too long ({title.Length} characters): keep it under {CommandParser.MaxTitleLength}."),
            _ when Vague.Contains(title.ToLowerInvariant(), StringComparer.Ordinal) =>
                new ConfirmCommand(s.Context, ask, $"I'd ask everyone in {team}: “{title}”{due}. I can't tell what “{title}” is: press Edit to say what you need."),
            _ when tail.Unread is { } unread =>
                new ConfirmCommand(s.Context, ask, $"I'd ask everyone in {team}: “{title}”, with no due date: I can't read “{unread}” as a date. Press Edit to write it like `Dec 3` or `Friday 5pm`."),
            _ when tail.Bare =>
                new ConfirmCommand(s.Context, ask, $"I'd ask everyone in {team}: “{title}”, due {tail.DueText}. I took “{tail.DueText}” as the due date: if it is part of the request, press Edit."),
            _ => ask,
        };
    }

    /// <summary>"remind @x about &lt;what&gt; &lt;when&gt;": the when needs no "by".</summary>
    private static ChatCommand? Remind(Sentence s)
    {
        if (!s.Is(s.From, "remind"))
        {
            return null;
        }

        var at = s.From + 1;
        if (s.Is(at, "me", "myself", "us"))
        {
            return Help(s, "ask", $"I don't remind you; I follow up with the people you ask, after 48 hours. Did you mean {AskForm}?");
        }

        var (people, next) = s.LeadingPeople(at);
        if (people.Count > 0)
        {
            return Ask(s, people, next, Kind.Remind);
        }

        return Help(s, "ask", at < s.To && IsPlainName(s[at])
            ? $"{PlainName(s[at])} Then: `remind {s[at]} about <what> tomorrow`."
            : "Who should I remind? Mention them with @, like `remind @dana about the deck tomorrow`.");
    }

    /// <summary>
    /// The end of an ask's words. <see cref="Bare"/>: the due date had no "by" (it may be part of the title);
    /// <see cref="Unread"/>: "by" is followed by something like a date that I can't read, left in the title.
    /// </summary>
    private sealed record AskTail(int End, DueDate? Due, string? DueText, PersonRef? EscalateTo, string? Default, bool Bare, HelpCommand? Problem = null)
    {
        public string? Unread { get; init; }

        /// <summary>Where the "by" of <see cref="Unread"/> is, or <see cref="End"/>.</summary>
        public int UnreadAt { get; init; } = End;
    }

    private static readonly string[] DefaultMarkers =
    [
        "otherwise i'll", "otherwise i will", "otherwise we'll", "otherwise we will", "else i'll", "else we'll",
        "if nobody answers i'll", "if nobody answers we'll", "if nobody answers i will", "if nobody answers we will",
        "if no one answers i'll", "if no one answers we'll", "if no one answers i will", "if no one answers we will",
        "if nobody replies i'll", "if nobody replies we'll", "if i don't hear back i'll", "if we don't hear back we'll",
        "if there's no answer i'll", "if there's no answer we'll", "failing that i'll", "failing that we'll",
    ];

    /// <summary>
    /// Takes a default ("default: …", "otherwise I'll …"), <c>escalate @x</c> and a due date off the end of the words
    /// <paramref name="from"/>..<paramref name="to"/>. A due date needs "by" or "before" unless <paramref name="bareIsDue"/>;
    /// a bare one at the end is still taken, marked <see cref="AskTail.Bare"/>.
    /// </summary>
    private static AskTail Tail(Sentence s, int from, int to, bool bareIsDue)
    {
        var (end, fallback) = (to, (string?)null);
        for (var i = from; i < to; i++)
        {
            var marker = s.W(i).StartsWith("default:", StringComparison.Ordinal) ? i : s.Match(i, DefaultMarkers) >= 0 ? i : -1;
            if (marker < 0)
            {
                continue;
            }

            var (content, glued) = s.W(i) == "default:" ? (i + 1, 0) : s.W(i).StartsWith("default:", StringComparison.Ordinal) ? (i, 8) : (s.Match(i, DefaultMarkers), 0);
            var inner = Peel(s, content, to, bareIsDue: null, new AskTail(to, null, null, null, null, false));
            if (inner.Problem is not null)
            {
                return inner;
            }

            fallback = s.Slice(content, inner.End);
            fallback = glued > 0 ? fallback[glued..].Trim() : fallback;
            if (fallback.Length == 0)
            {
                return inner with { Problem = Help(s, "ask", "Say what you will do if nobody answers, like `default: ship with option A`.") };
            }

            return Peel(s, from, i, bareIsDue, inner with { End = i, Default = fallback });
        }

        return Peel(s, from, end, bareIsDue, new AskTail(end, null, null, null, fallback, false));
    }

    /// <summary>Takes <c>escalate @x</c> and a due date off the end; <paramref name="bareIsDue"/> null: no bare dates.</summary>
    private static AskTail Peel(Sentence s, int from, int to, bool? bareIsDue, AskTail tail)
    {
        var end = to;
        while (end > from && s.W(end - 1) is "" or "and" or "then")
        {
            end--;
        }

        var (due, text, escalate, bare) = (tail.Due, tail.DueText, tail.EscalateTo, tail.Bare);
        for (var round = 0; round < 2; round++)
        {
            if (escalate is null && s.Input.TrailingEscalation(from, end) is { } escalation)
            {
                (escalate, end) = (escalation.Person, escalation.Start);
            }
            else if (due is null && ByDate(s, from, end) is { } byDate)
            {
                (due, text, end) = (byDate.Due, byDate.Text, byDate.Start);
            }

            while (end > from && s.W(end - 1) is "" or "and" or "then")
            {
                end--;
            }
        }

        if (end - from >= 2 && IsPlainName(s[end - 1]) && (s.Is(end - 2, "escalate") || s.Is(end - 2, "to") && s.Is(end - 3, "escalate")))
        {
            return tail with { Problem = Help(s, "ask", PlainName(s[end - 1])) };
        }

        if (due is null && bareIsDue is { } sure && BareDate(s, from, end) is { } loose)
        {
            (due, text, end, bare) = (loose.Due, loose.Text, loose.Start, !sure);
        }

        var unread = due is null ? UnreadDate(s, from, end) : null;
        return new AskTail(end, due, text, escalate, tail.Default, bare) { Unread = unread?.Text ?? tail.Unread, UnreadAt = unread?.At ?? end };
    }

    /// <summary>"by/before/due/no later than &lt;date&gt;" ending the words before <paramref name="to"/>.</summary>
    private static (DueDate Due, string Text, int Start)? ByDate(Sentence s, int from, int to)
    {
        for (var by = to - 2; by >= from; by--)
        {
            if (s.Is(by, "by", "before", "due", "than") && FreeDate(s.Raw(by + 1, to)) is { } due)
            {
                var start = s.Is(by, "than") && s.Is(by - 1, "later") && s.Is(by - 2, "no") ? by - 2
                    : s.Is(by, "by") && s.Is(by - 1, "due") && !s.Is(by - 2, "is", "are", "was", "were", "be") ? by - 1
                    : by;
                if (s.Is(by, "than") && start == by)
                {
                    continue;
                }

                return (due, s.Raw(by + 1, to), start);
            }
        }

        return null;
    }

    /// <summary>The words after the last "by"/"before" when they look like a date I can't read ("by the 3rd", "by end of month").</summary>
    private static (string Text, int At)? UnreadDate(Sentence s, int from, int to)
    {
        for (var by = to - 2; by >= from && by >= to - 7; by--)
        {
            if (s.Is(by, "by", "before", "until") && DateLike().IsMatch(s.Lower(by + 1, to)))
            {
                return (s.Raw(by + 1, to), by);
            }
        }

        return null;
    }

    /// <summary>A date ending the words without "by" ("… tomorrow", "… on Friday", "… at 5pm").</summary>
    private static (DueDate Due, string Text, int Start)? BareDate(Sentence s, int from, int to)
    {
        for (var start = Math.Max(from, to - 6); start < to; start++)
        {
            if (FreeDate(s.Raw(start, to)) is { } due)
            {
                var lead = s.Is(start - 1, "on", "at") && start - 1 >= from ? start - 1 : start;
                return (due, s.Raw(start, to), lead);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:\d{1,2}(?:st|nd|rd|th)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tomorrow|tmrw|tonight|morning|afternoon|evening|noon|midnight|week|month|quarter|year|eod|eow|eom|asap|\d{1,2}[:/.]\d{1,2}|\d{1,2}\s?(?:am|pm))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
