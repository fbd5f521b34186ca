using System.Text.RegularExpressions;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs about issue trackers and decision records: <c>link</c>, <c>me</c> and <c>adr</c>.</summary>
public static partial class CommandParser
{
    private const string LinkExample = "`/coord link CR-12 https://github.com/acme/api/issues/5`";

    /// <summary><c>link CR-n &lt;url&gt;</c> or <c>link CR-n remove &lt;url&gt;</c>.</summary>
    private static ChatCommand Link(CommandInput input, int number)
    {
        var remove = input.Is(2, "remove") || input.Is(2, "unlink");
        var at = remove ? 3 : 2;
        return input.Count == at + 1
            ? new LinkRequestCommand(input.Context, number, input[at], remove)
            : input.Fail("link", $"`link` takes a request key and one issue link (GitHub, Jira or Linear), like {LinkExample}.");
    }

    /// <summary><c>me</c>, or <c>me github|jira|linear &lt;account&gt;</c>; any other words after <c>me</c> are plain English.</summary>
    private static ChatCommand Me(CommandInput input) => MeForms(input) ?? FreeText(input);

    /// <summary>The <c>me</c> forms in <paramref name="text"/> (plain English that starts with <c>me</c> reaches here too), else <c>null</c>.</summary>
    internal static ChatCommand? MeForms(string text, CommandContext context) => MeForms(new CommandInput(text, context));

    private static ChatCommand? MeForms(CommandInput input)
    {
        if (input.Count == 1)
        {
            return new TrackerAccountCommand(input.Context);
        }

        if (!TrackerNames.TryParse(input[1], out var tracker))
        {
            return null;
        }

        var name = TrackerNames.Of(tracker).ToLowerInvariant();
        return input.Count == 3 && input[2].Length <= TrackerAccount.MaxAccountLength && AccountPattern().IsMatch(input[2])
            ? new TrackerAccountCommand(input.Context, tracker, input[2])
            : input.Fail("me", $"`me {name}` takes your one {TrackerNames.Of(tracker)} account (login, account id or e-mail), like `/coord me {name} octocat`.");
    }

    /// <summary><c>adr D-n &lt;owner/repo&gt;</c>.</summary>
    private static ChatCommand Adr(CommandInput input)
    {
        const string Example = "`/coord adr D-4 acme/api`";
        if (input.Count < 2 || !DecisionKey.TryParse(input[1], out var number))
        {
            return input.Fail("adr", $"`adr` needs a decision key and a repository, like {Example}.");
        }

        return input.Count == 3 && RepositoryPattern().IsMatch(input[2])
            ? new OpenAdrCommand(input.Context, number, input[2])
            : input.Fail("adr", $"Name the repository as `owner/repo`, like {Example}.");
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._@+:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();
}
