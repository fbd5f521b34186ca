using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs for the workspace's API tokens.</summary>
public static partial class CommandParser
{
    public const int MaxTokenNameLength = 40;

    /// <summary><c>token create &lt;name&gt;</c>, <c>token list</c> or <c>token revoke &lt;name&gt;</c>.</summary>
    private static ChatCommand Token(CommandInput input)
    {
        if (input.Count == 2 && input.Is(1, "list"))
        {
            return new TokenListCommand(input.Context);
        }

        var create = input.Is(1, "create");
        if (!create && !input.Is(1, "revoke"))
        {
            return input.Fail("token", input.Count < 2 ? "`token` takes `create`, `list` or `revoke`." : $"`token` takes `create`, `list` or `revoke`, not {Quote(input[1])}.");
        }

        if (input.Count != 3 || !TokenNamePattern().IsMatch(input[2]))
        {
            return input.Fail("token", $"Name the token in one word of letters, digits, `-` or `_` (at most {MaxTokenNameLength}), like `/coord token {(create ? "create" : "revoke")} ci-reports`.");
        }

        var name = input[2].ToLowerInvariant();
        return create ? new TokenCreateCommand(input.Context, name) : new TokenRevokeCommand(input.Context, name);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenNamePattern();
}
