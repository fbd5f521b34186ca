using Coordination.Bot.Digests;
using Coordination.Bot.Engine;
using Coordination.Bot.Engine.Insights;
using Coordination.Core.Chat;
using Coordination.Data;
using Coordination.Teams.Inbound;
using Coordination.Teams.Outbound;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Teams;

/// <summary>
/// The answer to a file consent card (<c>fileConsent/invoke</c>). On accept, the export is made again from the offer's
/// context, put to the upload address Teams gave (only if it is Teams' file storage), and a file info card follows in
/// the chat; on decline, a short reply. The invoke is answered 200 once handled, 400 when it is not of that shape or the
/// upload address is not Teams' storage.
/// </summary>
public sealed class TeamsFileConsent(CoordinationDbContext db, TeamsFileUploads uploads, TimeProvider time, ILogger<TeamsFileConsent> logger)
{
    public async Task<IResult> AnswerAsync(TeamsActivity activity, CancellationToken cancellationToken)
    {
        if (TeamsFileConsentAnswer.Read(activity) is not { } answer || ExportHandler.FromOfferContext(answer.Offer) is not { } from
            || (activity.TenantId, activity.Conversation?.Id) is not ({ } tenant, { } conversation))
        {
            return Results.BadRequest("Not an answer to one of my file offers.");
        }

        var workspace = await db.Workspaces.SingleOrDefaultAsync(w => w.Platform == ChatPlatform.Teams && w.ExternalId == tenant, cancellationToken);
        if (workspace is null)
        {
            return Results.BadRequest("Not an answer to one of my file offers.");
        }

        if (answer.Upload is not { } upload)
        {
            return await SayAsync(tenant, conversation, "No file then. Ask for the export again whenever you want it.", null, cancellationToken);
        }

        if (!uploads.IsStorage(upload.UploadUrl))
        {
            Log.FileUploadRefused(logger, upload.UploadUrl.Host);
            return Results.BadRequest("That upload address is not Teams' file storage.");
        }

        var export = await new TrailExport(db).WriteAsync(workspace, from, TrailExport.MaxRows, long.MaxValue, cancellationToken);
        if (export is null)
        {
            return await SayAsync(tenant, conversation, "There is nothing to export any more.", null, cancellationToken);
        }

        if (await uploads.PutAsync(upload.UploadUrl, export.Content, cancellationToken) is { } failure)
        {
            Log.FileUploadFailed(logger, failure);
            return await SayAsync(tenant, conversation, $"I could not save the file: {failure}. Ask for the export again to retry.", null, cancellationToken);
        }

        var shared = new SharedFile(upload.Name, upload.FileType, upload.ContentUrl, upload.UniqueId);
        return await SayAsync(tenant, conversation, $"Your export is in your OneDrive: {upload.Name}.", shared, cancellationToken);
    }

    private async Task<IResult> SayAsync(string tenant, string conversation, string text, SharedFile? shared, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var message = new OutgoingMessage(ChatPlatform.Teams, tenant, MessageDestination.InThread(new ThreadRef(conversation, null)), text, [], []) { Shared = shared };
        db.QueueMessage(message, $"file-consent:{Guid.CreateVersion7(now)}", now);
        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok();
    }
}
