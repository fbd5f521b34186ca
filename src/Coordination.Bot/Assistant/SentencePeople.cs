using System.Text.RegularExpressions;

namespace Coordination.Bot.Assistant;

/// <summary>
/// A sentence as the language agent is sent it: each person written <c>@name</c> (or <c>@person1</c>, … where the
/// platform gave no name), never their id; <see cref="Restore"/> puts the people back into the command it answers.
/// </summary>
public sealed class SentencePeople
{
    private readonly List<(string Shown, string Token)> _people = [];

    private SentencePeople(string text) => Text = text;

    public string Text { get; private set; }

    public static SentencePeople Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var people = new SentencePeople(sentence);
        people.Text = ThreadTranscript.PersonToken().Replace(sentence, people.Shown);
        return people;
    }

    /// <summary>The command with each <c>@name</c> of the sentence's people as their token again.</summary>
    public string Restore(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var (shown, token) in _people.OrderByDescending(p => p.Shown.Length))
        {
            command = Regex.Replace(command, Regex.Escape(shown) + @"(?![\w.-])", token.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return command;
    }

    private string Shown(Match match)
    {
        if (_people.Find(p => p.Token == match.Value) is { Shown: not null } known)
        {
            return known.Shown;
        }

        var name = match.Groups["name"].Value.Trim();
        var shown = name.Length > 0 ? "@" + name : string.Empty;
        for (var n = _people.Count + 1; shown.Length == 0 || _people.Exists(p => string.Equals(p.Shown, shown, StringComparison.OrdinalIgnoreCase)); n++)
        {
            shown = $"@person{n}";
        }

        _people.Add((shown, match.Value));
        return shown;
    }
}
