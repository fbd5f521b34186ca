using System.Globalization;
using System.Text.RegularExpressions;
using Coordination.Core.Requests;

namespace Coordination.Core.Commands;

/// <summary>The words of a command, each with where it sits in the text (so a title keeps its own spacing).</summary>
internal sealed class CommandInput(string text, CommandContext context)
{
    private readonly Match[] _words = CommandWords.TokenPattern().Matches(text).ToArray();

    public CommandContext Context => context;

    public string Text => text;

    public int Count => _words.Length;

    public string this[int index] => _words[index].Value;

    public bool Is(int index, string word) => index >= 0 && index < Count && string.Equals(this[index], word, StringComparison.OrdinalIgnoreCase);

    public HelpCommand Fail(string? verb, string problem) => new(context, verb, problem);

    public ChatCommand Only(string verb, int count, ChatCommand command) =>
        Count > count ? Fail(verb, $"`{verb}` takes only a request key; I don't know what to do with {CommandWords.Quote(Raw(count, Count))}.") : command;

    /// <summary>The text from word <paramref name="from"/> up to (not including) word <paramref name="to"/>, as written.</summary>
    public string Raw(int from, int to) =>
        from >= to ? string.Empty : text[_words[from].Index..(_words[to - 1].Index + _words[to - 1].Length)].Trim();

    /// <summary>Like <see cref="Raw"/>, with <c>&lt;@ID|name&gt;</c> shown as <c>@name</c>.</summary>
    public string Slice(int from, int to) => CommandWords.Display(Raw(from, to));

    public ChatCommand WithNote(string verb, int from, bool required, Func<string?, ChatCommand> then)
    {
        var note = Slice(from, Count);
        return note.Length switch
        {
            0 when required => Fail(verb, $"`{verb}` needs a reason the requester can act on, like `/coord {verb} CR-12 out of scope this quarter`."),
            0 => then(null),
            > CommandParser.MaxNoteLength => Fail(verb, $"That note is too long ({note.Length} characters): keep it under {CommandParser.MaxNoteLength}."),
            _ => then(note),
        };
    }

    /// <summary>The mentions from word <paramref name="from"/> on (joined by nothing, commas or "and"), and the word after them.</summary>
    public (List<PersonRef> People, int Next) LeadingPeople(int from)
    {
        var people = new List<PersonRef>();
        var i = from;
        while (i < Count)
        {
            if (CommandWords.TryPerson(this[i], out var person))
            {
                people.Add(person!);
            }
            else if (people.Count == 0 || this[i] is not ("," or "&") && !Is(i, "and") || i + 1 >= Count || !CommandWords.TryPerson(this[i + 1], out _))
            {
                break;
            }

            i++;
        }

        return ([.. people.DistinctBy(p => p.PlatformUserId)], i);
    }

    /// <summary>Every word from <paramref name="from"/> on is a mention (a "to" between them is allowed).</summary>
    public (List<PersonRef> People, ChatCommand? Problem) People(string verb, int from)
    {
        var people = new List<PersonRef>();
        for (var i = from; i < Count; i++)
        {
            if (CommandWords.TryPerson(this[i], out var person))
            {
                people.Add(person!);
            }
            else if (!Is(i, "to"))
            {
                return (people, Fail(verb, CommandWords.IsPlainName(this[i])
                    ? CommandWords.PlainName(this[i])
                    : $"I expected an @-mention after {CommandWords.Quote(Raw(0, from))}, not {CommandWords.Quote(this[i])}."));
            }
        }

        return (people, null);
    }

    /// <summary><c>escalate @x</c> (or <c>escalate to @x</c>) ending the words before <paramref name="end"/>.</summary>
    public (PersonRef Person, int Start)? TrailingEscalation(int start, int end)
    {
        if (end - start < 2 || !CommandWords.TryPerson(this[end - 1], out var person))
        {
            return null;
        }

        return Is(end - 2, "escalate") ? (person!, end - 2)
            : end - start >= 3 && Is(end - 2, "to") && Is(end - 3, "escalate") ? (person!, end - 3)
            : null;
    }

    /// <summary><c>by &lt;date&gt;</c> ending the words before <paramref name="end"/>.</summary>
    public (DueDate Due, int Start)? TrailingDueDate(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var by = Array.FindLastIndex(_words, end - 1, end - start, word => string.Equals(word.Value, "by", StringComparison.OrdinalIgnoreCase));
        return by >= 0 && DueDate.TryParse(Raw(by + 1, end), out var due) && due is not null ? (due, by) : null;
    }
}

/// <summary>What the parsers know about single words: mentions, keys, team names, and how to quote them back.</summary>
internal static partial class CommandWords
{
    public const int MaxTeamNameLength = 40;

    public static bool TryPerson(string word, out PersonRef? person)
    {
        var match = MentionPattern().Match(word);
        var name = match.Groups["name"].Value.Trim();
        person = match.Success ? new PersonRef(match.Groups["id"].Value, name.Length == 0 ? null : name) : null;
        return match.Success;
    }

    public static bool IsPerson(string word) => MentionPattern().IsMatch(word);

    /// <summary>An "@name" typed by hand, which the platform did not turn into a mention.</summary>
    public static bool IsPlainName(string word) => word.Length > 1 && word[0] == '@';

    /// <summary><c>CR-12</c>, <c>#12</c> or <c>12</c>.</summary>
    public static bool TryKey(string word, out int number)
    {
        var digits = word.StartsWith('#') ? word[1..] : word;
        if (RequestKey.TryParse(word, out number))
        {
            return true;
        }

        return Digits(digits, out number);
    }

    /// <summary><c>D-4</c>, <c>#4</c> or <c>4</c>.</summary>
    public static bool TryDecisionKey(string word, out int number)
    {
        var digits = word.StartsWith('#') ? word[1..] : word;
        return DecisionKey.TryParse(word, out number) || Digits(digits, out number);
    }

    /// <summary>A team's name as written (<c>backend</c>, <c>@Backend</c>, <c>platform-infra</c>, a Slack user group), lower-cased.</summary>
    public static bool TryTeamName(string word, out string name)
    {
        var group = UserGroupPattern().Match(word);
        var text = group.Success ? group.Groups["name"].Value : word;
        text = text.StartsWith('@') ? text[1..] : text;
        name = text.ToLowerInvariant();
        return name.Length <= MaxTeamNameLength && TeamNamePattern().IsMatch(name);
    }

    public static string PlainName(string word) =>
        $"I couldn't tell who {Quote(word)} is: pick them from the @-mention list so their name turns blue.";

    /// <summary>A word for a message: in backticks, without backticks of its own, and short.</summary>
    public static string Quote(string word)
    {
        var clean = word.Replace('`', '\'');
        return $"`{(clean.Length > 40 ? clean[..40] + "…" : clean)}`";
    }

    /// <summary>The text with <c>&lt;@ID|name&gt;</c> shown as <c>@name</c>.</summary>
    public static string Display(string text) => NamedMentionPattern().Replace(text, m => "@" + m.Groups["name"].Value.Trim()).Trim();

    /// <summary>A person as a reply names them: <c>@name</c>, or the <c>&lt;@ID&gt;</c> token the platform renders.</summary>
    public static string Display(PersonRef person) => person.DisplayName is { Length: > 0 } name ? "@" + name : $"<@{person.PlatformUserId}>";

    private static bool Digits(string digits, out int number)
    {
        number = 0;
        return digits.Length is > 0 and <= 9
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    [GeneratedRegex(@"<[^<>]*>|[^\s<]+|<", RegexOptions.CultureInvariant)]
    public static partial Regex TokenPattern();

    [GeneratedRegex(@"^<@(?<id>[^|<>\s]{1,100})(?:\|(?<name>[^<>]{0,200}))?>$", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"<@[^|<>\s]{1,100}\|(?<name>[^<>]*[^<>\s][^<>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMentionPattern();

    [GeneratedRegex(@"^<!subteam\^[^|<>\s]{1,100}\|(?<name>[^<>\s]{1,100})>$", RegexOptions.CultureInvariant)]
    private static partial Regex UserGroupPattern();

    [GeneratedRegex(@"^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TeamNamePattern();
}
