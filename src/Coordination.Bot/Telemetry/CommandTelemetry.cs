using System.Diagnostics;
using Coordination.Core.Commands;
using Coordination.Core.Requests;

namespace Coordination.Bot.Telemetry;

/// <summary>
/// What handling one command adds to traces and logs: a span named for the command, and a log scope with its
/// platform, workspace and, when the command names one, the request key (<c>CR-n</c>).
/// </summary>
public static class CommandTelemetry
{
    /// <summary>Starts the span and the log scope; dispose the result when the command is handled.</summary>
    public static Handling Begin(ILogger logger, ChatCommand command)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(command);
        var key = RequestNumberOf(command) is { } number ? RequestKey.Format(number) : null;
        var platform = CoordinationTelemetry.PlatformName(command.Context.Platform);
        var activity = CoordinationTelemetry.Source.StartActivity($"command {command.GetType().Name}");
        activity?.SetTag("coordination.platform", platform);
        activity?.SetTag("coordination.workspace", command.Context.WorkspaceId);
        activity?.SetTag("coordination.request_key", key);
        var state = new Dictionary<string, object?> { ["Platform"] = platform, ["Workspace"] = command.Context.WorkspaceId };
        if (key is not null)
        {
            state["RequestKey"] = key;
        }

        return new Handling(activity, logger.BeginScope(state));
    }

    /// <summary>The request a command is about, for the commands that name one.</summary>
    public static int? RequestNumberOf(ChatCommand command) => command switch
    {
        AcknowledgeCommand c => c.RequestNumber,
        DoneCommand c => c.RequestNumber,
        DeclineCommand c => c.RequestNumber,
        SnoozeCommand c => c.RequestNumber,
        RedirectCommand c => c.RequestNumber,
        ResolveCommand c => c.RequestNumber,
        CancelCommand c => c.RequestNumber,
        EscalateToCommand c => c.RequestNumber,
        StatusCommand c => c.RequestNumber,
        ProceedWithDefaultCommand c => c.RequestNumber,
        MeetingCommand c => c.RequestNumber,
        SummarizeCommand c => c.RequestNumber,
        _ => null,
    };

    /// <summary>The span and the log scope of one command's handling.</summary>
    public sealed class Handling(Activity? activity, IDisposable? scope) : IDisposable
    {
        /// <summary>Records how the command ended: <c>ok</c> or <c>refused</c> (a refusal is an answer, not an error).</summary>
        public void Handled(Reply reply) => activity?.SetTag("coordination.outcome", reply.Succeeded ? "ok" : "refused");

        public void Dispose()
        {
            scope?.Dispose();
            activity?.Dispose();
        }
    }
}
