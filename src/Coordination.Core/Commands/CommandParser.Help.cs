using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary><c>help</c>, and what to say about a verb I don't know.</summary>
public static partial class CommandParser
{
    private static HelpCommand Help(CommandInput input)
    {
        if (input.Count == 1)
        {
            return new HelpCommand(input.Context);
        }

        var verb = Canonical(input[1]);
        return verb is not null && input.Count == 2
            ? new HelpCommand(input.Context, verb)
            : new HelpCommand(input.Context, verb, verb is null ? Unknown(input[1]) : "`help` takes one command name, like `/coord help ask`.");
    }

    private static HelpCommand UnknownVerb(CommandInput input) =>
        (TryPerson(input[0], out _) || IsPlainName(input[0])
            ? input.Fail(null, "Start with what to do: to ask someone, write `/coord ask @dana review the spec`.")
            : input.Fail(null, Unknown(input[0]))) with { Unread = input.Text.Trim() };

    private static string Unknown(string word) =>
        Suggest(word) is { } suggestion ? $"I don't know {Quote(word)}. Did you mean `{suggestion}`?" : $"I don't know {Quote(word)}.";

    /// <summary>The verb <paramref name="word"/> was probably meant to be: one it starts, or one a typo or two away.</summary>
    private static string? Suggest(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length is < 2 or > 20)
        {
            return null;
        }

        var prefixed = lower.Length >= 3 ? Array.Find(Verbs, verb => verb.StartsWith(lower, StringComparison.Ordinal)) : null;
        var (best, distance) = Verbs.Select(verb => (verb, distance: Distance(lower, verb))).MinBy(pair => pair.distance);
        return prefixed ?? (distance <= (lower.Length <= 4 ? 1 : 2) ? best : null);
    }

    /// <summary>Edit distance counting a swap of neighbours as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 || j == 0 ? i + j : Math.Min(
                    Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1),
                    d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
