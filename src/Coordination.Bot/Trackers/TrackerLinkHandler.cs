using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Requests;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Trackers;

/// <summary>
/// <c>link CR-n &lt;url&gt;</c> (anyone the request involves, or a workspace admin) and <c>me github|jira|linear &lt;account&gt;</c>
/// (each person for themselves).
/// </summary>
public sealed class TrackerLinkHandler(CoordinationDbContext db, RequestLookup requests, TrackerLinks links)
    : ICommandHandler<LinkRequestCommand>,
      ICommandHandler<TrackerAccountCommand>
{
    public const string Usage = "Link a GitHub issue or pull request, a Jira issue or a Linear issue, like `/coord link CR-12 https://github.com/acme/api/issues/5` (or `https://acme.atlassian.net/browse/KEY-12`, `https://linear.app/acme/issue/ENG-12`).";

    public async Task<Reply> HandleAsync(Session session, LinkRequestCommand command, CancellationToken cancellationToken)
    {
        if (links.Read(command.Url) is not { } reference || reference.Url.AbsoluteUri.Length > RequestLink.MaxUrlLength)
        {
            return Reply.Failure($"That is not an issue link I know. {Usage}");
        }

        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        if (!request.Involves(session.Actor) && !session.ActorIsAdmin && !session.Actor.IsWorkspaceAdmin)
        {
            return Reply.Failure($"Only the people {request.Key} involves (or a workspace admin) can link it.");
        }

        return command.Remove ? await UnlinkAsync(session, request, reference, cancellationToken) : await LinkAsync(session, request, reference, cancellationToken);
    }

    public async Task<Reply> HandleAsync(Session session, TrackerAccountCommand command, CancellationToken cancellationToken)
    {
        var mine = db.Set<TrackerAccount>().Where(a => a.PersonId == session.Actor.Id);
        if (command.Tracker is not { } tracker || command.Account is not { } account)
        {
            var linked = await mine.OrderBy(a => a.Tracker).ToListAsync(cancellationToken);
            return new Reply(linked.Count == 0
                ? "No tracker account linked yet: `/coord me github <login>`, `/coord me jira <account id or e-mail>` or `/coord me linear <user id or e-mail>`."
                : "Your tracker accounts: " + string.Join(", ", linked.Select(a => $"{TrackerNames.Of(a.Tracker)} `{a.Account}`")) + ". Your comments on a linked issue count as your answer.");
        }

        var normalized = TrackerAccount.Normalize(account);
        var name = TrackerNames.Of(tracker);
        if (await db.Set<TrackerAccount>().AnyAsync(a => a.WorkspaceId == session.Workspace.Id && a.Tracker == tracker && a.Account == normalized && a.PersonId != session.Actor.Id, cancellationToken))
        {
            return Reply.Failure($"That {name} account is already linked to someone else here.");
        }

        if (await mine.SingleOrDefaultAsync(a => a.Tracker == tracker, cancellationToken) is { } existing)
        {
            existing.Change(normalized, session.Now);
        }
        else
        {
            db.Add(TrackerAccount.Link(session.Workspace.Id, session.Actor.Id, tracker, normalized, session.Now));
        }

        return new Reply($"Linked your {name} account `{normalized}`: your comments on an issue linked to a request count as your answer.");
    }

    private async Task<Reply> LinkAsync(Session session, CoordinationRequest request, TrackerReference reference, CancellationToken cancellationToken)
    {
        if (!await links.AddAsync(request, reference, session.Actor, session.Now, cancellationToken))
        {
            return new Reply($"{request.Key} is already linked to {reference.Key}.", Succeeded: false);
        }

        var text = $"{session.Actor.Mention.Token} linked {request.Key} to {reference.Display}: closing it there resolves {request.Key}.";
        db.QueuePost(session.Workspace, request.Thread, text, [session.Actor.Mention], $"link:{request.Id}:{reference.Key}:{session.Now.UtcTicks}", session.Now);
        return new Reply($"Linked {request.Key} to {reference.Key} ({reference.Display}).");
    }

    private async Task<Reply> UnlinkAsync(Session session, CoordinationRequest request, TrackerReference reference, CancellationToken cancellationToken)
    {
        var link = await db.Set<RequestLink>().SingleOrDefaultAsync(l => l.RequestId == request.Id && l.Tracker == reference.Tracker && l.Key == reference.Key, cancellationToken);
        if (link is null)
        {
            return new Reply($"{request.Key} is not linked to {reference.Key}.", Succeeded: false);
        }

        db.Remove(link);
        request.NoteFromTracker($"unlinked from {reference.Display}", session.Actor.Id, session.Now);
        return new Reply($"Unlinked {request.Key} from {reference.Key}.");
    }
}
