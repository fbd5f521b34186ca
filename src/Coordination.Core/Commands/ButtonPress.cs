using Coordination.Core.Chat;
using Coordination.Core.Home;
using Coordination.Core.Requests;
using Coordination.Core.Scheduling;

namespace Coordination.Core.Commands;

/// <summary>What a press of one of a request's buttons asks for, on any platform: the command for the presser.</summary>
public static class ButtonPress
{
    /// <summary>
    /// Confirm runs what the words were understood as (read again, as they were written, for the presser); Edit
    /// answers with the closest command form to write instead. Under what the assistant read, the sealed state goes to
    /// the host to open.
    /// </summary>
    private static ChatCommand Confirmation(string action, string text, CommandContext presser) =>
        action is MessageButton.ConfirmReading or MessageButton.EditReading
            ? new ConfirmReadingCommand(presser, text, action == MessageButton.EditReading)
            : (action, CommandParser.Parse(text, presser)) switch
            {
                (MessageButton.Confirm, ConfirmCommand { Proposed: var proposed }) => proposed,
                (MessageButton.Confirm, var understood) => understood,
                _ => new HelpCommand(presser, Problem: $"Write it as a command instead of `{text}`, for example:"),
            };

    /// <summary>A 👍 or 👎: on a digest (was it useful?) or on the question to a resolved request's requester (how did it go?).</summary>
    private static ChatCommand Thumb(string action, Guid id, CommandContext presser) => action switch
    {
        MessageButton.WentWell or MessageButton.WentBadly => new AnswerSatisfactionCommand(presser, id, action == MessageButton.WentWell),
        _ => new RateDigestCommand(presser, id, action == MessageButton.DigestUseful),
    };

    /// <summary>"ADR (Markdown)" under decision <c>D-n</c>: its record as a file in the thread.</summary>
    private static AdrFileCommand? AdrFile(string? decisionKey, CommandContext presser) =>
        DecisionKey.TryParse(decisionKey, out var decision) ? new AdrFileCommand(presser, decision) : null;

    /// <summary>The command for pressing <paramref name="action"/> on <paramref name="requestKey"/>, or <c>null</c> when either is not ours.</summary>
    public static ChatCommand? ToCommand(string? action, string? requestKey, CommandContext presser)
    {
        if (action is MessageButton.Confirm or MessageButton.Edit or MessageButton.ConfirmReading or MessageButton.EditReading && !string.IsNullOrWhiteSpace(requestKey))
        {
            return Confirmation(action, requestKey, presser);
        }

        if (action is MessageButton.TrackActionItems or MessageButton.RecordDecisions)
        {
            return ThreadRefValue.Parse(requestKey) is { } thread ? new AdoptSummaryCommand(presser, thread, action == MessageButton.RecordDecisions) : null;
        }

        if (action is MessageButton.DigestUseful or MessageButton.DigestNotUseful or MessageButton.WentWell or MessageButton.WentBadly)
        {
            return Guid.TryParseExact(requestKey, "N", out var id) ? Thumb(action, id, presser) : null;
        }

        if (action is MessageButton.OpenForm)
        {
            return requestKey?.Split('|', 2) is [var kind, var state] && FormState.Parse(state) is { } opened ? new OpenFormCommand(presser, kind, opened) : null;
        }

        if (!RequestKey.TryParse(requestKey, out var number))
        {
            return action is MessageButton.AdrFile ? AdrFile(requestKey, presser) : HomeActions.ToCommand(action, requestKey, presser);
        }

        return action switch
        {
            MessageButton.Acknowledge => new AcknowledgeCommand(presser, number),
            MessageButton.Done => new DoneCommand(presser, number),
            MessageButton.Snooze or MessageButton.Decline or MessageButton.NotMe => new OpenFormCommand(presser, RequestForms.KindFor(action)!, new FormState(presser.Where, number)),
            MessageButton.ProceedWithDefault => new ProceedWithDefaultCommand(presser, number),
            _ when MeetingText.SlotOf(action, MeetingText.PickPrefix) is { } slot => new PickSlotCommand(presser, number, slot),
            _ when MeetingText.SlotOf(action, MeetingText.ChoosePrefix) is { } slot => new ChooseSlotCommand(presser, number, slot),
            _ => HomeActions.ToCommand(action, requestKey, presser),
        };
    }
}
