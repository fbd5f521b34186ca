using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    private async Task<Reply> DecideAsync(Session session, DecideCommand decide, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(decide.Text))
        {
            return await OpenFormAsync(session, new OpenFormCommand(decide.Context, ChatForms.Decision, new FormState(decide.Context.Where, decide.RequestNumber)), cancellationToken);
        }

        var settles = await SettledRequestAsync(session, decide, cancellationToken);
        if (decide.RequestNumber is { } asked && settles is null)
        {
            return NotFound(asked);
        }

        var owner = decide.Owner is { } named ? await directory.PersonAsync(session.Workspace, named, cancellationToken) : null;
        var decision = Decision.Record(
            session.Workspace.Id, await NextDecisionNumberAsync(session.Workspace, cancellationToken), decide.Text, session.Actor,
            decide.Context.Where, session.Now, new DecisionDetails(decide.Rationale, decide.Options, owner, decide.LongTerm), settles);
        if (settles?.Settle(session.Actor, decision.Key, session.Now) is ChangeResult.NotAllowed)
        {
            return Reply.Failure($"Only the people {settles.Key} involves can settle it with a decision.");
        }

        db.Decisions.Add(decision);
        await AddNextStepsAsync(session, decision, decide.NextSteps, cancellationToken);
        Announce(session, decision);
        return new Reply(Recorded(decision, settles));
    }

    private async Task<Reply> AddNextStepAsync(Session session, AddNextStepCommand command, CancellationToken cancellationToken)
    {
        var decision = await DecisionsOf(session.Workspace).SingleOrDefaultAsync(d => d.Number == command.DecisionNumber, cancellationToken);
        if (decision is null)
        {
            return Reply.Failure($"There is no {Decision.Format(command.DecisionNumber)} in this workspace. Try `decisions all`.");
        }

        await AddNextStepsAsync(session, decision, [command.Step], cancellationToken);
        return new Reply($"Added a next step to {decision.Key}: {decision.Describe()}");
    }

    private async Task<Reply> DecisionsAsync(Session session, DecisionsCommand command, CancellationToken cancellationToken)
    {
        var decisions = await DecisionsOf(session.Workspace).OrderByDescending(d => d.Number).Take(ListLimit).ToListAsync(cancellationToken);
        var shown = command.All ? decisions : decisions.Where(d => d.LacksNextSteps || d.NextSteps.Any(r => r.Status == RequestStatus.Open)).ToList();
        if (shown.Count == 0)
        {
            return new Reply(command.All ? "No decisions recorded yet: `decide <what> next: @owner <action>`." : "No open decisions: every next step is done.");
        }

        var text = new StringBuilder();
        foreach (var decision in shown)
        {
            text.AppendLine(decision.Describe() + (decision.LacksNextSteps ? " ⚠" : string.Empty));
        }

        return new Reply(text.ToString().TrimEnd());
    }

    /// <summary>The "Proceed with the default" button: the default becomes a decision, explained by the silence, and the request resolves.</summary>
    private async Task<Reply> ProceedWithDefaultAsync(Session session, ProceedWithDefaultCommand command, CancellationToken cancellationToken)
    {
        if (await FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return NotFound(command.RequestNumber);
        }

        if (request.DefaultAction is not { } action)
        {
            return Reply.Failure($"{request.Key} has no default to proceed with.");
        }

        var number = await NextDecisionNumberAsync(session.Workspace, cancellationToken);
        var rationale = request.DefaultRationale();
        var result = request.ProceedWithDefault(session.Actor, Decision.Format(number), session.Now);
        if (result == ChangeResult.Applied)
        {
            db.Decisions.Add(Decision.Record(
                session.Workspace.Id, number, action, session.Actor, request.Thread, session.Now, rationale, request, source: DecisionSource.Default));
        }

        return Outcome(result, request, $"Recorded {Decision.Format(number)}: {action} ({rationale}). {request.Key} is resolved.", $"Only {request.Requester.DisplayName}, who asked, can take the default.");
    }

    /// <summary>The request a decision settles: the one named, else the open request tracked in the thread it was made in.</summary>
    private async Task<CoordinationRequest?> SettledRequestAsync(Session session, DecideCommand decide, CancellationToken cancellationToken)
    {
        if (decide.RequestNumber is { } number)
        {
            return await FindAsync(session.Workspace, number, cancellationToken);
        }

        var where = decide.Context.Where;
        return where.ThreadId is null ? null : await OpenRequestsIn(session.Workspace, where).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Each next step becomes a request on its owner, asked by the decider in the decision's thread.</summary>
    private async Task AddNextStepsAsync(Session session, Decision decision, IReadOnlyList<NextStepSpec> steps, CancellationToken cancellationToken)
    {
        if (steps.Count == 0)
        {
            return;
        }

        var titled = steps.Select(s => s with { Action = $"{s.Action.Trim()} (next step of {decision.Key})" }).ToList();
        foreach (var request in await AskEachAsync(session, decision.Thread, titled, cancellationToken))
        {
            request.CarryOut(decision.Id);
            decision.NextSteps.Add(request);
        }
    }

    /// <summary>The decision, posted where it was made, so everyone in the thread sees it and its next steps.</summary>
    private void Announce(Session session, Decision decision)
    {
        var text = $"{session.Actor.Mention.Token} decided *{decision.Key}*: {decision.Text}"
            + (decision.Rationale is null ? string.Empty : $" (because {decision.Rationale})")
            + (decision.Owner is { } owner ? $", owned by {owner.Mention.Token}" : string.Empty)
            + (decision.LacksNextSteps ? ". No next step yet." : ".")
            + (decision.OptionsConsidered is { } options ? $"\nOptions considered: {options}" : string.Empty);
        Mention[] mentioned = decision.Owner is { } named ? [session.Actor.Mention, named.Mention] : [session.Actor.Mention];
        db.QueuePost(session.Workspace, decision.Thread, text, mentioned, $"decision:{decision.Id}", session.Now);
    }

    private static string Recorded(Decision decision, CoordinationRequest? settles)
    {
        var settled = settles is null ? string.Empty : $" It settles {settles.Key}.";
        var steps = decision.LacksNextSteps
            ? $" Decisions without next steps stall: add one with `next {decision.Key} @owner <action> by <date>`."
            : " Next steps: " + string.Join("; ", decision.NextSteps.Select(r => $"{r.Key} for {r.Stakeholders[0].Person.DisplayName}")) + ", each followed up like any request.";
        return $"Recorded {decision.Key}: {decision.Text}.{settled}{steps}";
    }

    private IQueryable<Decision> DecisionsOf(Workspace workspace) =>
        db.Decisions.Where(d => d.WorkspaceId == workspace.Id)
            .Include(d => d.DecidedBy)
            .Include(d => d.NextSteps).ThenInclude(r => r.Stakeholders).ThenInclude(s => s.Person)
            .AsSplitQuery();

    /// <summary>The workspace's next decision number; two decisions racing for it meet the unique key and one retries.</summary>
    private async Task<int> NextDecisionNumberAsync(Workspace workspace, CancellationToken cancellationToken) =>
        (await db.Decisions.Where(d => d.WorkspaceId == workspace.Id).MaxAsync(d => (int?)d.Number, cancellationToken) ?? 0) + 1;
}
