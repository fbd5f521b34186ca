using Coordination.Bot.Engine;
using Coordination.Core.Commands;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Slack;

/// <summary>
/// Runs a command from a Slack request in its own unit of work, within the time Slack waits for an answer. When the
/// work takes longer it still finishes, and its reply goes to the command's response URL instead.
/// </summary>
public sealed class SlackCommandRunner(
    IServiceScopeFactory scopes,
    AskBatcher asks,
    SlackPeople people,
    SlackResponseUrl responseUrls,
    TimeProvider time,
    ILogger<SlackCommandRunner> logger)
{
    /// <summary>Slack gives three seconds; keep a margin for the network.</summary>
    public static readonly TimeSpan AcknowledgeBudget = TimeSpan.FromSeconds(2.5);

    /// <summary>The reply, or <c>null</c> when the command is still running (its reply then goes to <paramref name="responseUrl"/>).</summary>
    public async Task<Reply?> RunAsync(ChatCommand command, Action<CoordinationDbContext, Reply>? alongside, string? responseUrl, CancellationToken cancellationToken)
    {
        // Not the request's token: once accepted, the command completes even if Slack stops waiting.
        var work = HandleAsync(command, alongside);
        try
        {
            return await work.WaitAsync(AcknowledgeBudget, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            Log.SlackCommandLate(logger);
            _ = ReplyLateAsync(work, responseUrl);
            return null;
        }
    }

    private async Task<Reply> HandleAsync(ChatCommand command, Action<CoordinationDbContext, Reply>? alongside)
    {
        try
        {
            if (command is AskCommand ask && alongside is null)
            {
                return await asks.SubmitAsync(ask);
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
            var handler = scope.ServiceProvider.GetRequiredService<CommandHandler>();
            command = await people.VouchAsync(command, CancellationToken.None);
            return await handler.HandleAsync(command, alongside is null ? null : reply => alongside(db, reply), CancellationToken.None);
        }
        catch (DbUpdateException ex)
        {
            Log.CommandGaveUp(logger, ex, command.GetType().Name);
            return Reply.Failure("Too many changes landed on the same request at once, so nothing was recorded. Please send it again.");
        }
        finally
        {
            people.Seen(command);
        }
    }

    private async Task ReplyLateAsync(Task<Reply> work, string? responseUrl)
    {
        try
        {
            await responseUrls.PostAsync(responseUrl, await work);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Log.SlackLateReplyFailed(logger, ex);
        }
    }
}
