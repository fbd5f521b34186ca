using Coordination.Core.Chat;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>Which phrasing an ask came from: it decides the title guessed when none is given.</summary>
internal enum AskKind
{
    FollowUp,
    Remind,
    Coordinate,
}

/// <summary>What the ask readers share: the rest of an ask once its people are known, and the reply that confirms it.</summary>
internal static class Asks
{
    public const string Form = "`ask @dana <what> by <date>`";

    /// <summary>The rest of an ask once its people are known: optional date, a connector, the subject, the tail.</summary>
    public static ChatCommand Read(Sentence s, List<PersonRef> people, int next, AskKind kind)
    {
        if (UnclearPerson(s, people, next) is { } problem)
        {
            return problem;
        }

        // A date straight after the people: "remind @a tomorrow about …", "follow up with @a by Friday on …".
        var early = DateAfterPeople(s, next, kind);
        next = early?.End ?? next;
        var tail = AskEnding.Read(s, next, s.To, bareIsDue: kind == AskKind.Remind);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        if (early is not null && tail.Due is null)
        {
            tail = tail with { Due = early.Due, DueText = s.Raw(early.By, early.End), Bare = false };
        }

        var start = s.Is(next, Phrases.Connectors) ? next + 1 : next;
        return Finish(s, people, s.Slice(start, Math.Max(start, tail.End)), tail, kind);
    }

    /// <summary>An ask with its subject, or a confirmation when the subject or the date is unclear.</summary>
    public static ChatCommand Finish(Sentence s, List<PersonRef> people, string title, AskEnding tail, AskKind kind)
    {
        var ask = new AskCommand(s.Context, title, people, tail.Due, tail.EscalateTo, tail.Default);
        var who = Names(people);
        var due = tail.Due is null ? string.Empty : $", due {tail.DueText}";
        if (title.Length > CommandParser.MaxTitleLength)
        {
            return s.Help("ask", $"That request is too long ({title.Length} characters): keep it under {CommandParser.MaxTitleLength} and put details in the thread.");
        }

        if (title.Length == 0)
        {
            var guess = kind switch
            {
                AskKind.Remind => "a reminder",
                AskKind.Coordinate => "coordinate",
                _ => "follow up",
            };
            return new ConfirmCommand(s.Context, ask with { Title = guess }, $"I'd ask {who}: “{guess}”{due}. You didn't say what about: press Edit to add it.");
        }

        if (IsVague(title))
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

    public static bool IsVague(string title) => Phrases.Vague.Contains(title.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>A typed "@name" (or "and someone") right after the people, which is not a mention.</summary>
    private static HelpCommand? UnclearPerson(Sentence s, List<PersonRef> people, int next)
    {
        if (next < s.To && IsPlainName(s[next]) || s.Is(next, "and", "&") && next + 1 < s.To && IsPlainName(s[next + 1]))
        {
            var name = IsPlainName(s[next]) ? s[next] : s[next + 1];
            return s.Help("ask", $"{PlainName(name)} Then: `ask {Display(people[0])} {name} <what> by <date>`.");
        }

        return s.Is(next, "and", "&") && next + 1 < s.To && !IsPerson(s[next + 1]) && (next + 2 >= s.To || s.Is(next + 2, Phrases.Connectors))
            ? s.Help("ask", $"I couldn't tell who {Quote(s[next + 1])} is: mention people with @ so their names turn blue, like `follow up with {Display(people[0])} and @dana on <what> by <date>`.")
            : null;
    }

    /// <summary>A date right after the people ("by Friday", or for a reminder "on Friday", "tomorrow") followed by a connector.</summary>
    private static DueAfterPeople? DateAfterPeople(Sentence s, int next, AskKind kind)
    {
        var remind = kind == AskKind.Remind;
        var by = s.Is(next, Phrases.EarlyDue) || remind && s.Is(next, Phrases.DateAt) ? next + 1 : remind ? next : -1;
        return by >= 0 && FreeDates.Leading(s, by, s.To, end => end < s.To && s.Is(end, Phrases.Connectors)) is { } lead
            ? new DueAfterPeople(lead.Due, by, lead.End)
            : null;
    }

    /// <summary>Names people for a reply: "@a", "@a and @b", "@a, @b and @c".</summary>
    private static string Names(List<PersonRef> people) => people.Count switch
    {
        0 => "nobody",
        _ => Listing.And([.. people.Select(Display)]),
    };

    private sealed record DueAfterPeople(DueDate Due, int By, int End);
}
