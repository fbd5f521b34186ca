using Coordination.Core.Commands;
using Coordination.Core.Requests;

namespace Coordination.Bot.Engine.Requests;

/// <summary>The replies every command on one request shares: the request is unknown, or how a change on it went.</summary>
public static class RequestReplies
{
    public static Reply NotFound(int number) =>
        Reply.Failure($"There is no {RequestKey.Format(number)} in this workspace. Try `/coord list all`.");

    /// <summary>The reply to a change on <paramref name="request"/>, carrying its state for the platform to render.</summary>
    public static Reply Outcome(ChangeResult result, CoordinationRequest request, int maxAttempts, string applied, string notAllowed) => (result switch
    {
        ChangeResult.Applied => new Reply(applied),
        ChangeResult.Unchanged => new Reply($"Nothing to change on {request.Key}: it is already so.", Succeeded: false),
        ChangeResult.Closed => Reply.Failure($"{request.Key} is already {request.Status.ToString().ToLowerInvariant()}."),
        _ => Reply.Failure(notAllowed),
    }) with { Request = RequestState.Of(request, maxAttempts) };
}
