using Coordination.Bot.Engine.Forms;
using Coordination.Bot.Engine.Requests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Decisions;

/// <summary><c>decide</c> (a decision, the request it settles, its next steps as requests) and <c>next D-n</c> (one more step).</summary>
public sealed class DecideHandler(RequestLookup requests, PeopleDirectory directory, AskHandler asks, DecisionBook book, FormHandler forms)
    : ICommandHandler<DecideCommand>,
      ICommandHandler<AddNextStepCommand>
{
    public async Task<Reply> HandleAsync(Session session, DecideCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            var form = new OpenFormCommand(command.Context, ChatForms.Decision, new FormState(command.Context.Where, command.RequestNumber));
            return await forms.HandleAsync(session, form, cancellationToken);
        }

        var settles = await SettledRequestAsync(session, command, cancellationToken);
        if (command.RequestNumber is { } asked && settles is null)
        {
            return RequestReplies.NotFound(asked);
        }

        var owner = command.Owner is { } named ? await directory.PersonAsync(session.Workspace, named, cancellationToken) : null;
        var decision = Decision.Record(
            session.Workspace.Id, await book.NextNumberAsync(session.Workspace, cancellationToken), command.Text, session.Actor,
            command.Context.Where, session.Now, new DecisionDetails(command.Rationale, command.Options, owner, command.LongTerm), settles);
        if (settles?.Settle(session.Actor, decision.Key, session.Now) is ChangeResult.NotAllowed)
        {
            return Reply.Failure($"Only the people {settles.Key} involves can settle it with a decision.");
        }

        book.Add(decision);
        await AddNextStepsAsync(session, decision, command.NextSteps, cancellationToken);
        book.Announce(session, decision);
        return new Reply(Recorded(decision, settles));
    }

    public async Task<Reply> HandleAsync(Session session, AddNextStepCommand command, CancellationToken cancellationToken)
    {
        var decision = await book.Of(session.Workspace).SingleOrDefaultAsync(d => d.Number == command.DecisionNumber, cancellationToken);
        if (decision is null)
        {
            return Reply.Failure($"There is no {Decision.Format(command.DecisionNumber)} in this workspace. Try `decisions all`.");
        }

        await AddNextStepsAsync(session, decision, [command.Step], cancellationToken);
        return new Reply($"Added a next step to {decision.Key}: {decision.Describe()}");
    }

    /// <summary>The request a decision settles: the one named, else the open request tracked in the thread it was made in.</summary>
    private async Task<CoordinationRequest?> SettledRequestAsync(Session session, DecideCommand decide, CancellationToken cancellationToken)
    {
        if (decide.RequestNumber is { } number)
        {
            return await requests.FindAsync(session.Workspace, number, cancellationToken);
        }

        var where = decide.Context.Where;
        return where.ThreadId is null ? null : await requests.OpenIn(session.Workspace, where).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Each next step becomes a request on its owner, asked by the decider in the decision's thread.</summary>
    private async Task AddNextStepsAsync(Session session, Decision decision, IReadOnlyList<NextStepSpec> steps, CancellationToken cancellationToken)
    {
        if (steps.Count == 0)
        {
            return;
        }

        var titled = steps.Select(s => s with { Action = $"{s.Action.Trim()} (next step of {decision.Key})" }).ToList();
        foreach (var request in await asks.AskEachAsync(session, decision.Thread, titled, cancellationToken))
        {
            request.CarryOut(decision.Id);
            decision.NextSteps.Add(request);
        }
    }

    private static string Recorded(Decision decision, CoordinationRequest? settles)
    {
        var settled = settles is null ? string.Empty : $" It settles {settles.Key}.";
        var steps = decision.LacksNextSteps
            ? $" Decisions without next steps stall: add one with `next {decision.Key} @owner <action> by <date>`."
            : " Next steps: " + string.Join("; ", decision.NextSteps.Select(r => $"{r.Key} for {r.Stakeholders[0].Person.DisplayName}")) + ", each followed up like any request.";
        return $"Recorded {decision.Key}: {decision.Text}.{settled}{steps}";
    }
}
