using System.Globalization;
using Coordination.Bot.Digests;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using Coordination.Core.Digests;
using Coordination.Core.Requests;
using Coordination.Data;
using Coordination.Teams.Outbound;

namespace Coordination.Bot.Engine.Insights;

/// <summary>
/// <c>export [from CR-n]</c>: the workspace's paper trail as a CSV file, by direct message to the actor, queued with
/// the command. Anyone in the workspace may export it, as anyone may read any request's trail with <c>status</c>. In
/// Teams, which carries a file only inline, an export stops where the next request would take it past that size.
/// </summary>
public sealed class ExportHandler(CoordinationDbContext db, DirectMessages messages) : ICommandHandler<ExportCommand>
{
    public async Task<Reply> HandleAsync(Session session, ExportCommand command, CancellationToken cancellationToken)
    {
        var maxBytes = session.Workspace.Platform == ChatPlatform.Teams ? AdaptiveCardFiles.MaxInlineBytes : long.MaxValue;
        if (await new TrailExport(db).WriteAsync(session.Workspace, command.From, TrailExport.MaxRows, maxBytes, cancellationToken) is not { } export)
        {
            return new Reply(command.From > 1 ? $"There are no requests from {RequestKey.Format(command.From)} on." : "There is nothing to export yet: no request has been asked here.", Succeeded: false);
        }

        var day = session.Now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var span = $"{RequestKey.Format(export.FirstRequest)} to {RequestKey.Format(export.LastRequest)}";
        var name = command.From > 1 ? $"coordination-export-{day}-from-{RequestKey.Format(command.From)}.csv" : $"coordination-export-{day}.csv";
        var file = new MessageFile(name, MessageFile.Csv, export.Content, $"Coordination export, {span}");
        messages.SendToActor(session, ExportText(export, span, session.Now), file, "export");
        return new Reply($"Sending the export ({span}, {Entries(export.Rows)}) to your direct messages.");
    }

    /// <summary>The direct message's text: what the file holds and, when a limit stopped it, how to ask for the next part.</summary>
    private static string ExportText(TrailFile export, string span, DateTimeOffset now)
    {
        var at = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = $"*Coordination export* of this workspace as of {at} UTC: {span}, {Entries(export.Rows)}, one row each with its request and stakeholder (times in UTC, ISO 8601).";
        if (export.NextRequest is not { } next)
        {
            return text;
        }

        var limit = export.BySize
            ? $"Teams carries a file of at most {AdaptiveCardFiles.MaxInlineBytes / 1024} KB in a message"
            : $"One export holds at most {TrailExport.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} entries";
        return $"{text}\n{limit}, so this part stops after {RequestKey.Format(export.LastRequest)}: `/coord export from {RequestKey.Format(next)}` sends the next.";
    }

    private static string Entries(int rows) => DigestText.Count(rows, "paper-trail entry", "paper-trail entries");
}
