using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs for the weekly digest and the meeting mark.</summary>
public static partial class CommandParser
{
    /// <summary><c>digest</c>, <c>digest now</c>, <c>digest channel #x</c> or <c>digest channel here</c>.</summary>
    private static ChatCommand Digest(CommandInput input)
    {
        const string Example = "`/coord digest channel #eng-leads` (or `here`)";
        if (input.Count == 1)
        {
            return new DigestInfoCommand(input.Context);
        }

        if (input.Is(1, "now"))
        {
            return input.Count == 2 ? new DigestNowCommand(input.Context) : input.Fail("digest", "`digest now` takes nothing else.");
        }

        if (!input.Is(1, "channel"))
        {
            return input.Fail("digest", $"`digest` takes `now` or `channel`, not {Quote(input[1])}.");
        }

        if (input.Count != 3)
        {
            return input.Fail("digest", $"Name one channel for the digest, like {Example}.");
        }

        if (input.Is(2, "here") || input.Is(2, "this"))
        {
            return new DigestChannelCommand(input.Context, input.Context.Where.Channel);
        }

        return ChannelToken().Match(input[2]) is { Success: true } channel
            ? new DigestChannelCommand(input.Context, channel.Groups["id"].Value)
            : input.Fail("digest", $"I can't read {Quote(input[2])} as a channel: pick it with `#`, like {Example}.");
    }

    /// <summary><c>meeting CR-n</c>.</summary>
    private static ChatCommand Meeting(CommandInput input) =>
        WithKey(input, "meeting", n => input.Only("meeting", 2, new MeetingCommand(input.Context, n)));

    /// <summary><c>ask … --meeting</c>: the flag anywhere, the rest read as any ask.</summary>
    private static ChatCommand AskMaybeMeeting(CommandInput input)
    {
        if (!MeetingFlagPattern().IsMatch(input.Text))
        {
            return Ask(input);
        }

        var command = Ask(new CommandInput(MeetingFlagPattern().Replace(input.Text, string.Empty), input.Context));
        return command is AskCommand ask ? ask with { NeedsMeeting = true } : command;
    }

    /// <summary>
    /// A channel as its escaped token: Slack's <c>&lt;#C0123|general&gt;</c> (or without the name), or the local chat's
    /// <c>&lt;##general&gt;</c>, whose channel id is its <c>#name</c>.
    /// </summary>
    [GeneratedRegex(@"^<#(?<id>[A-Z0-9]+|#[a-z0-9][a-z0-9_-]*)(?:\|[^>]*)?>$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelToken();

    [GeneratedRegex(@"\s*(?<!\S)(?:--|—|–)meeting(?!\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingFlagPattern();
}
