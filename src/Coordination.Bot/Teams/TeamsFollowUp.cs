using Coordination.Bot.Endpoints;
using Coordination.Core.Commands;
using Coordination.Data.Inbox;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Teams;

/// <summary>
/// "Follow up on this" on a Teams message, answered within the invoke: <c>fetchTask</c> gets the form as a dialog,
/// <c>submitAction</c> records the request (once, however often Teams retries) and closes the dialog with the answer.
/// </summary>
internal static class TeamsFollowUp
{
    public static async Task<IResult> AnswerAsync(TeamsInbox inbox, TeamsActivity activity, InboundEvent? received, CancellationToken cancellationToken)
    {
        if (activity.Name == TeamsMessageActions.FetchTask)
        {
            if (TeamsMessageActions.FromFetchTask(activity) is not { } open)
            {
                return Task("That action is not one of mine.");
            }

            var reply = await inbox.Commands.HandleAsync(inbox.Admins.Vouch(open, activity), cancellationToken);
            return reply.Form is { } form ? Results.Json(TeamsTaskModule.Continue(form)) : Task(reply.Text);
        }

        if (TeamsMessageActions.FromSubmitAction(activity) is not { } submitted || received is null)
        {
            return Task("That form is not one of mine.");
        }

        if (!await inbox.Db.TryReceiveAsync(received, cancellationToken))
        {
            return Task("Already recorded.");
        }

        var now = inbox.Time.GetUtcNow();
        var answer = await inbox.Commands.HandleAsync(inbox.Admins.Vouch(submitted, activity), _ =>
        {
            received.MarkProcessed(now);
            inbox.Db.Entry(received).State = EntityState.Modified;
        }, cancellationToken);
        return Task(answer.Text);
    }

    private static IResult Task(string text) => Results.Json(TeamsTaskModule.Message(text));
}
