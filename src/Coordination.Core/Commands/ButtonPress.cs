using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.Commands;

/// <summary>What a press of one of a request's buttons asks for, on any platform: the command for the presser.</summary>
public static class ButtonPress
{
    /// <summary>The command for pressing <paramref name="action"/> on <paramref name="requestKey"/>, or <c>null</c> when either is not ours.</summary>
    public static ChatCommand? ToCommand(string? action, string? requestKey, CommandContext presser)
    {
        if (!RequestKey.TryParse(requestKey, out var number))
        {
            return null;
        }

        var key = RequestKey.Format(number);
        return action switch
        {
            MessageButton.Acknowledge => new AcknowledgeCommand(presser, number),
            MessageButton.Done => new DoneCommand(presser, number),
            MessageButton.Snooze => new SnoozeCommand(presser, number, TimeSpan.FromDays(1)),
            MessageButton.Decline => new DeclineCommand(presser, number, "declined with the button, no reason given"),
            MessageButton.NotMe => new HelpCommand(presser, "redirect", $"Tell me who should answer {key} instead: `redirect {key} @person`."),
            MessageButton.ProceedWithDefault => new ProceedWithDefaultCommand(presser, number),
            _ => null,
        };
    }
}
