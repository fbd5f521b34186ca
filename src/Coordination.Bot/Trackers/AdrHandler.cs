using System.Text;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Decisions;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Decisions;
using Coordination.Core.Documentation;
using Coordination.Core.Requests;
using Coordination.Core.Trackers;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;
using Octokit;

namespace Coordination.Bot.Trackers;

/// <summary>
/// A decision as an architecture decision record: the "ADR" button under it posts the Markdown file in its thread;
/// <c>adr D-n owner/repo</c> (a workspace admin or the decision's owner) opens a pull request adding it to the repository.
/// </summary>
public sealed class AdrHandler(CoordinationDbContext db, DecisionBook book, AdrPullRequests pullRequests, ILogger<AdrHandler> logger)
    : ICommandHandler<AdrFileCommand>,
      ICommandHandler<OpenAdrCommand>
{
    public const string MarkdownContentType = "text/markdown";

    public async Task<Reply> HandleAsync(Session session, AdrFileCommand command, CancellationToken cancellationToken)
    {
        if (await DocumentAsync(session, command.DecisionNumber, cancellationToken) is not var (decision, document))
        {
            return NotFound(command.DecisionNumber);
        }

        var text = $"{decision.Key} as an architecture decision record: `{document.FileName}`";
        if (session.Workspace.Platform == ChatPlatform.Teams)
        {
            text += "\n```\n" + document.ToMarkdown().Replace("```", "'''", StringComparison.Ordinal) + "```";
        }

        var message = new OutgoingMessage(session.Workspace.Platform, session.Workspace.ExternalId, MessageDestination.InThread(decision.Thread), text, [], [])
        {
            File = new MessageFile(document.FileName, MarkdownContentType, Encoding.UTF8.GetBytes(document.ToMarkdown()), $"{decision.Key}: {document.Title}"),
        };
        db.QueueMessage(message, $"adr-file:{decision.Id}:{session.Now.UtcTicks}", session.Now);
        return new Reply($"Posting {document.FileName} in {decision.Key}'s thread.");
    }

    public async Task<Reply> HandleAsync(Session session, OpenAdrCommand command, CancellationToken cancellationToken)
    {
        if (!pullRequests.IsConfigured)
        {
            return Reply.Failure("The GitHub integration is not configured here (`GitHub:Token`), so I cannot open a pull request. The \"ADR\" button under the decision gives you the file.");
        }

        if (await DocumentAsync(session, command.DecisionNumber, cancellationToken) is not var (decision, document))
        {
            return NotFound(command.DecisionNumber);
        }

        var owner = decision.OwnerId ?? decision.DecidedById;
        if (owner != session.Actor.Id && !session.ActorIsAdmin && !session.Actor.IsWorkspaceAdmin)
        {
            return Reply.Failure($"Only {decision.Key}'s owner or a workspace admin can open its pull request.");
        }

        try
        {
            var url = await pullRequests.OpenAsync(command.Repository, document, decision.Key, cancellationToken);
            db.Add(DecisionPullRequest.Opened(decision.Id, command.Repository, url.AbsoluteUri, document.RepositoryPath, session.Actor.Id, session.Now));
            TrackerLog.AdrPullRequestOpened(logger, url.AbsoluteUri, decision.Key, command.Repository);
            return new Reply($"Opened a pull request adding {decision.Key} as `{document.RepositoryPath}` to {command.Repository}: {url.AbsoluteUri}");
        }
        catch (ApiException ex)
        {
            TrackerLog.AdrPullRequestFailed(logger, decision.Key, command.Repository, ex.StatusCode.ToString());
            return Reply.Failure($"GitHub refused the pull request for {decision.Key} in {command.Repository} ({(int)ex.StatusCode}): check the repository name, that the token may push there, and that branch `adr/{decision.Key.ToLowerInvariant()}-…` does not exist yet.");
        }
    }

    /// <summary>The decision's pull requests, for the decision list: " · ADR: url".</summary>
    public static string PullRequestLine(IEnumerable<DecisionPullRequest> opened) =>
        string.Concat(opened.Select(p => $" · ADR: {p.Url}"));

    private static Reply NotFound(int number) => Reply.Failure($"There is no {DecisionKey.Format(number)} here.");

    private async Task<(Decision, AdrDocument)?> DocumentAsync(Session session, int number, CancellationToken cancellationToken)
    {
        var decision = await book.Of(session.Workspace).Include(d => d.Owner).SingleOrDefaultAsync(d => d.Number == number, cancellationToken);
        if (decision is null)
        {
            return null;
        }

        var settles = decision.RequestId is { } id ? await db.Requests.Include(r => r.Requester).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        return (decision, new AdrDocument(decision, settles));
    }
}
