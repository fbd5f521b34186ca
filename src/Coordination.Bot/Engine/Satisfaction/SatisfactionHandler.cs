using Coordination.Bot.Engine.Requests;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Core.Satisfaction;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.Satisfaction;

/// <summary>
/// The requester's answer to "how did it go?": a 👍 or 👎 press (the other thumb later changes it; one answer per
/// question) and <c>feedback CR-n &lt;note&gt;</c>. Only the requester asked may answer; the replies go to them alone.
/// </summary>
public sealed class SatisfactionHandler(CoordinationDbContext db, RequestLookup requests)
    : ICommandHandler<AnswerSatisfactionCommand>,
      ICommandHandler<SatisfactionNoteCommand>
{
    public async Task<Reply> HandleAsync(Session session, AnswerSatisfactionCommand command, CancellationToken cancellationToken)
    {
        var question = await db.SatisfactionQuestions
            .SingleOrDefaultAsync(q => q.Id == command.QuestionId && q.WorkspaceId == session.Workspace.Id, cancellationToken);
        if (question is null)
        {
            return Reply.Failure("That question is not one of this workspace's.");
        }

        var changed = question.Happy is not null;
        return question.Answer(session.Actor, command.Happy, session.Now) switch
        {
            ChangeResult.NotAllowed => Reply.Failure("Only the person who asked for that request can say how it went."),
            ChangeResult.Unchanged => new Reply($"You already answered {(command.Happy ? "👍" : "👎")}: nothing changed."),
            _ => new Reply(SatisfactionText.Thanks(command.Happy, changed)),
        };
    }

    public async Task<Reply> HandleAsync(Session session, SatisfactionNoteCommand command, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(session.Workspace, command.RequestNumber, cancellationToken) is not { } request)
        {
            return RequestReplies.NotFound(command.RequestNumber);
        }

        var question = await db.SatisfactionQuestions.SingleOrDefaultAsync(q => q.RequestId == request.Id, cancellationToken);
        if (question is null)
        {
            return Reply.Failure($"I have not asked how {request.Key} went: I ask its requester once it is resolved (at most once a day).");
        }

        return question.AddNote(session.Actor, command.Note, session.Now) switch
        {
            ChangeResult.NotAllowed => Reply.Failure($"Only the person who asked for {request.Key} can say how it went."),
            ChangeResult.Unchanged => Reply.Failure($"Write the note after the key, under {SatisfactionQuestion.MaxNoteLength} characters: `feedback {request.Key} <note>`."),
            _ => new Reply($"Noted how {request.Key} went. Only you see your note."),
        };
    }
}
