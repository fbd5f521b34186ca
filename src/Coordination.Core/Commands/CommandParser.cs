namespace Coordination.Core.Commands;

/// <summary>
/// Turns the text of a command (<c>ask &lt;@U1|bob&gt; review the spec by Friday</c>) into a <see cref="ChatCommand"/>.
/// People are written as <c>&lt;@ID&gt;</c> or <c>&lt;@ID|name&gt;</c>; adapters translate their platform's mentions to
/// that form first. Anything it cannot read becomes a <see cref="HelpCommand"/> that says what was wrong.
/// </summary>
public static class CommandParser
{
    public static ChatCommand Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HelpCommand(context, Problem: "The command parser is not written yet.");
    }
}
