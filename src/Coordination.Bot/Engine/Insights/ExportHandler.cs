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
/// Teams the file goes through a file consent card in the person's personal chat and is uploaded once they accept.
/// </summary>
public sealed class ExportHandler(CoordinationDbContext db, DirectMessages messages) : ICommandHandler<ExportCommand>
{
    public async Task<Reply> HandleAsync(Session session, ExportCommand command, CancellationToken cancellationToken)
    {
        if (await new TrailExport(db).WriteAsync(session.Workspace, command.From, TrailExport.MaxRows, long.MaxValue, cancellationToken) is not { } export)
        {
            return new Reply(command.From > 1 ? $"There are no requests from {RequestKey.Format(command.From)} on." : "There is nothing to export yet: no request has been asked here.", Succeeded: false);
        }

        var day = session.Now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var span = $"{RequestKey.Format(export.FirstRequest)} to {RequestKey.Format(export.LastRequest)}";
        var name = command.From > 1 ? $"coordination-export-{day}-from-{RequestKey.Format(command.From)}.csv" : $"coordination-export-{day}.csv";
        if (session.Workspace.Platform == ChatPlatform.Teams)
        {
            return OfferInTeams(session, command, export, name, span);
        }

        var file = new MessageFile(name, MessageFile.Csv, export.Content, $"Coordination export, {span}");
        messages.SendToActor(session, ExportText(export, span, session.Now), file, "export");
        return new Reply($"Sending the export ({span}, {Entries(export.Rows)}) to your direct messages.");
    }

    /// <summary>The export's bytes are made again from <see cref="OfferContext"/> when the person accepts the offer.</summary>
    public static string OfferContext(int from) => string.Create(CultureInfo.InvariantCulture, $"export:{from}");

    /// <summary>The request an offer's context starts the export from, or <c>null</c> when it is not an export's.</summary>
    public static int? FromOfferContext(string context) =>
        context.StartsWith("export:", StringComparison.Ordinal) && int.TryParse(context["export:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var from) && from >= 1
            ? from
            : null;

    /// <summary>
    /// Teams takes a bot's file only in a personal chat, after the person accepts it: the offer goes there, and a channel
    /// or group chat is told where to look.
    /// </summary>
    private Reply OfferInTeams(Session session, ExportCommand command, TrailFile export, string name, string span)
    {
        var personal = TeamsFileCards.IsPersonalConversation(command.Context.Where.Channel);
        var offer = new FileOffer(name, $"Coordination export, {span}, {Entries(export.Rows)}", export.Content.Length, OfferContext(command.From))
        {
            AskedIn = personal ? null : command.Context.Where,
        };
        messages.OfferToActor(session, ExportText(export, span, session.Now), offer, "export");
        return new Reply(personal
            ? $"Accept the file below to save the export ({span}, {Entries(export.Rows)}) to your OneDrive."
            : $"Teams takes a bot's file only in a personal chat, so I sent the export ({span}, {Entries(export.Rows)}) to your chat with me: accept it there.");
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
