using System.Text;
using System.Text.RegularExpressions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Documentation;

namespace Coordination.Bot.Assistant;

/// <summary>
/// What the documentation agent is sent of a thread: each message as <c>Name: text</c>, oldest first, people written
/// <c>@name</c> (no platform ids), earlier decision records left out, and only the latest messages that fit
/// <paramref name="Text"/>'s budget. <see cref="People"/> are the thread's people by name, for the owners the draft names.
/// </summary>
public sealed partial record ThreadTranscript(string Text, IReadOnlyDictionary<string, PersonRef> People)
{
    private const string Someone = "someone";

    public static ThreadTranscript Of(IReadOnlyList<ThreadMessage> thread, int maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = new Dictionary<string, PersonRef>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in thread.Where(m => !string.IsNullOrWhiteSpace(m.AuthorName)))
        {
            names[message.AuthorId] = message.AuthorName.Trim();
            people[message.AuthorName.Trim()] = message.Author;
        }

        var lines = thread.OrderBy(m => m.At).Where(m => !DecisionRecord.IsRecord(m.Text))
            .Select(m => $"{names.GetValueOrDefault(m.AuthorId, Someone)}: {Plain(m.Text, names, people)}").ToList();
        return new ThreadTranscript(Latest(lines, maxCharacters), people);
    }

    /// <summary>The text with people as <c>@name</c> and dates as their words; each named person is noted.</summary>
    private static string Plain(string text, Dictionary<string, string> names, Dictionary<string, PersonRef> people) =>
        PersonToken().Replace(ChatText.WithoutDates(text).Trim(), match =>
        {
            var id = match.Groups["id"].Value;
            var name = match.Groups["name"].Value.Trim();
            if (name.Length > 0)
            {
                people.TryAdd(name, new PersonRef(id, name));
                return "@" + name;
            }

            return "@" + names.GetValueOrDefault(id, Someone);
        });

    /// <summary>The last lines whose total fits <paramref name="maxCharacters"/>, in their order.</summary>
    private static string Latest(List<string> lines, int maxCharacters)
    {
        var kept = new List<string>();
        var total = 0;
        for (var i = lines.Count - 1; i >= 0 && total + lines[i].Length + 2 <= maxCharacters; i--)
        {
            kept.Add(lines[i]);
            total += lines[i].Length + 2;
        }

        kept.Reverse();
        return new StringBuilder().AppendJoin("\n\n", kept).ToString();
    }

    [GeneratedRegex(@"<@(?<id>[^|<>\s]{1,100})(?:\|(?<name>[^<>]{0,200}))?>", RegexOptions.CultureInvariant)]
    internal static partial Regex PersonToken();
}
